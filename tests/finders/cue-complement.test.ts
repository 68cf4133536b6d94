/** The cue-complement finder: content after the cue (that-clause, bare clause, colon, wh, object, infinitive). */
import { expect, test } from 'vitest';
import { runFinder } from './run.js';

test.each([
  ['a that-clause', 'The company said in a statement that profits fell by half.', [['profits fell by half', 'said']]],
  ['a bare clause after a hearer', 'Mayor Ann Lee told reporters the plan would fail.', [['the plan would fail', 'told']]],
  ['a wh-clause', 'Ana Ruiz asked whether the bridge would reopen.', [['whether the bridge would reopen', 'asked']]],
  ['an infinitive of a verb of saying', 'Tom Baker vowed to repeal the law within a year.', [['to repeal the law within a year', 'vowed']]],
  ['a participle opening its sentence takes no main clause', 'Writing in a blog post, Ana Ruiz said the war was over.', [['the war was over', 'said']]],
  ['a passive names no speaker', 'She was told to leave the ship at once.', []],
  ['a naming participle', 'He left the elite group called the Sea Org in 2010.', []],
  ['an imperative "say"', 'Say Mexico demanded that the United States prove it first.', [['the United States prove it first', 'demanded']]],
  ['a verb done to a person', 'Peru recalled its own ambassador in February.', []],
  ['a verb of saying done to one of a group', 'Police arrested and questioned the student.', []],
  ['a label verb with only people after it', 'The mayor called the police.', []],
  ['a label verb with a label after its people object', 'The mayor called the minister a liar.', [['the minister a liar', 'called']]],
  ['a verb of saying with a message for object', 'The senator questioned the decision.', [['the decision', 'questioned']]],
  ['a source of the clause after a comma', 'The plan failed, the Post reported, citing an anonymous official.', []],
  // "and" starts a new report only after a complete clause, and only before a subject of its own.
  ['"and" joining the subjects of a clause after "that"', 'Clinton says many doubted her in Nevada but that she and her supporters never doubted each other.',
    [['many doubted her in Nevada but that she and her supporters never doubted each other', 'says']]],
  ['"and" closing a list of subjects after "that"', 'He said Sanders was resting and that Tapper, Bash and Blitzer had mentioned it.',
    [['Sanders was resting and that Tapper, Bash and Blitzer had mentioned it', 'said']]],
  ['"and" joining two names before a clause of their own', 'Reid says he stayed neutral between Hillary Clinton and Bernie Sanders so he would not be accused of bias.',
    [['he stayed neutral between Hillary Clinton and Bernie Sanders so he would not be accused of bias', 'says']]],
  ['"and" before a new subject reporting on its own', 'Rubio said the plan would fail and Democrats argued it would work.',
    [['the plan would fail', 'said'], ['it would work', 'argued']]],
  ['"and" before a new subject with a possessive in it', 'Rubio said the plan would fail and Clinton and her aides argued it would work.',
    [['the plan would fail', 'said'], ['it would work', 'argued']]],
  ['"that" as a determiner opens no clause', 'Rubio said the bill would pass that chamber and Democrats argued it would fail.',
    [['the bill would pass that chamber', 'said'], ['it would fail', 'argued']]],
  // An insert between commas inside the content's subject: the verb after it is the content's own.
  ['an apposition inside the subject', 'The State Department said John Kerry, the Secretary of State, called the minister on Friday.',
    [['John Kerry, the Secretary of State, called the minister on Friday', 'said']]],
  ['a relative clause inside the subject', 'Kerry said the annual talks, which started a decade ago, remained useful.',
    [['the annual talks, which started a decade ago, remained useful', 'said']]],
  ['an apposition before the verb of a compound subject', 'Kiedis said his band and Brian Burton, a producer, recorded new songs.',
    [['his band and Brian Burton, a producer, recorded new songs', 'said']]],
  ['a name, its apposition and a verb of saying are a speaker and a cue', 'One pastor supporting Mr. Cruz, Darran Whiting of Marion, said he had made calls.',
    [['Mr. Cruz, Darran Whiting of Marion', 'supporting'], ['he had made calls', 'said']]],
  ['a bare clause after a named hearer', 'A spokeswoman told CBC News the department will look into the incident.',
    [['the department will look into the incident', 'told']]],
  ['a demonstrative subject before an auxiliary', 'He said that would permit more ships.', [['that would permit more ships', 'said']]],
  ['a short relative clause inside the subject', 'She said parents who adopt would not be eligible for the leave.',
    [['parents who adopt would not be eligible for the leave', 'said']]],
  ['an object whose relative clause reports on its own', 'He criticized the experts who say the services have doctored images.',
    [['the experts', 'criticized'], ['the services have doctored images', 'say']]],
  ['an act\'s object whose relative clause reports', 'The host began taking calls from listeners who said they had doubts about the plan.',
    [['taking calls from listeners', 'began'], ['they had doubts about the plan', 'said']]],
  ['a named hearer with no clause after it', 'The minister told CBC News about the plan.', []],
] as [string, string, [string, string][]][])('%s', (_n, text, expected) => {
  expect(runFinder('cue-complement', text).map((f) => [f.text, f.cue])).toEqual(expected);
});
