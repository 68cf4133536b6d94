/**
 * Standard output that cannot take the records. Two cases a run must not end in silence or in a
 * stack trace: stdout full or broken while writing (`> /dev/full`: ENOSPC, EIO), and stdout closed
 * before the start (`>&-`), which Node quietly points at /dev/null, so every record would be lost
 * with exit 0.
 */
import { readFileSync, readlinkSync } from 'node:fs';

/**
 * Was stdout closed when the process started? Node opens /dev/null read-write in its place; a
 * redirection to /dev/null opens it write-only, so the two are told apart (on Linux, from /proc; elsewhere: no).
 */
export function stdoutClosed(): boolean {
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    return flags !== undefined && (Number.parseInt(flags, 8) & 3) === 2; // O_ACCMODE is O_RDWR
  } catch {
    return false;
  }
}

/**
 * What to do when writing to stdout fails: a reader that stops early (`| head`) closes the pipe, which
 * is no error of ours (exit 1: the output is not complete); anything else (a full disk, an I/O error)
 * is one line on stderr and exit 2.
 */
export function onStdoutError(e: NodeJS.ErrnoException, stderr: { write(s: string): unknown }): number {
  if (e.code === 'EPIPE') return 1;
  stderr.write(`whosaid: cannot write the output to stdout: ${e.code ?? ''}${e.code ? ': ' : ''}${e.message.replace(/^\w+: /, '').split(',')[0]}\n`);
  return 2;
}
