/** File-system errors in words, for one-line messages that name the path instead of a raw Node error. */

const WORDS: Record<string, string> = {
  ENOENT: 'no such file or folder', EROFS: 'read-only file system', EACCES: 'permission denied', EPERM: 'not permitted',
  ENOSPC: 'no space left on device', ENOTDIR: 'a part of the path is not a folder', EEXIST: 'exists and is not a folder',
  ENAMETOOLONG: 'name too long', EDQUOT: 'disk quota exceeded', EISDIR: 'is a folder, not a file',
};

/** Why a file-system call failed: the error's code in words, with the code ("no such file or folder (ENOENT)"). */
export function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code && WORDS[code] ? `${WORDS[code]} (${code})` : (e as Error).message;
}
