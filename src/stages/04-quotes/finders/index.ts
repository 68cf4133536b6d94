/**
 * The finders of stage 4, in the order they run. Each takes only the tokens earlier ones left, so
 * the order is a priority: quotation marks first (the surest evidence), then transcript turns, then
 * reported speech by how sure its shape is, then the fragments nothing else took, then the headline.
 */
import type { Finder } from '../context.js';
import { accordingTo } from './according-to.js';
import { contentBeforeCue } from './content-before-cue.js';
import { cueComplement } from './cue-complement.js';
import { direct } from './direct.js';
import { fragment } from './fragment.js';
import { headline } from './headline.js';
import { relativeClause } from './relative-clause.js';
import { setOff } from './set-off.js';
import { sourceOpeningFinder } from './source-opening.js';
import { transcript } from './transcript.js';

export const FINDERS: readonly Finder[] = [direct, transcript, setOff, accordingTo, contentBeforeCue, relativeClause, cueComplement,
  sourceOpeningFinder, fragment, headline];
