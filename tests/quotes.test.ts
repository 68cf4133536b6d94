/** Quote finding and attribution, one row per pattern, including rows that must find nothing. */
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { expectValidSpans } from './helpers.js';

interface Expected { type: string; has: string; speaker: string | null; mention?: string }

const rows: [string, string, Expected[]][] = [
  ['quote, then name and cue', '“We will not back down,” Maria Lopez said.',
    [{ type: 'direct', has: 'We will not back down', speaker: 'Maria Lopez' }]],
  ['appositive and colon cue', 'Hugh Hill, a doctor, said: “The ward is full and we are tired.”',
    [{ type: 'direct', has: 'The ward is full', speaker: 'Hugh Hill' }]],
  ['inverted cue after the quote', '“The plan is dead,” said Senator Tom Baker.',
    [{ type: 'direct', has: 'The plan is dead', speaker: 'Tom Baker' }]],
  ['group source', 'Prosecutors say the mayor took bribes for years.',
    [{ type: 'indirect', has: 'the mayor took bribes', speaker: 'Prosecutors' }]],
  ['adjunct between cue and that', 'The company said in a statement that profits fell by half.',
    [{ type: 'indirect', has: 'profits fell by half', speaker: 'The company' }]],
  ['according to, leading', 'According to the ministry, 40 people were injured in the blast.',
    [{ type: 'indirect', has: '40 people were injured', speaker: 'the ministry' }]],
  ['content before the cue', 'The bridge will close for repairs next month, officials said.',
    [{ type: 'indirect', has: 'The bridge will close', speaker: 'officials' }]],
  ['participle cue keeps the subject', 'Ana Ruiz argued that the law was unfair, adding that it would be repealed soon.',
    [{ type: 'indirect', has: 'the law was unfair', speaker: 'Ana Ruiz' }, { type: 'indirect', has: 'it would be repealed', speaker: 'Ana Ruiz' }]],
  ['quoted fragment after a label verb', 'The senator called the bill “a disgrace to the nation” on Monday.',
    [{ type: 'partial', has: 'a disgrace to the nation', speaker: 'The senator' }]],
  ['pronoun resolved to the last person', 'Maria Lopez arrived late. She said the meeting had been a waste of time.',
    [{ type: 'indirect', has: 'the meeting had been a waste', speaker: 'Maria Lopez', mention: 'She' }]],
  ['quote continues into the next paragraph', '“The first part of the speech was long,” Lopez said.\n\n“The second paragraph has no cue at all.”',
    [{ type: 'direct', has: 'first part', speaker: 'Lopez' }, { type: 'direct', has: 'second paragraph', speaker: 'Lopez' }]],
  ['straight quotes; the statement goes on after its cue', 'Tom Baker arrived at noon. "It\'s over now," he said. "We lost the vote."',
    [{ type: 'direct', has: '"We lost the vote."', speaker: 'Tom Baker', mention: 'he' }]],
  ['a quotation in a new paragraph is a new quote by the same speaker', 'Tom Baker arrived at noon. "It\'s over now," he said.\n\n"We lost the vote and we know it."',
    [{ type: 'direct', has: "It's over now", speaker: 'Tom Baker' }, { type: 'direct', has: 'We lost the vote', speaker: 'Tom Baker' }]],
  ['quotation interrupted by its cue', 'Ana Ruiz spoke first. “We tried everything,” she said, “but it failed in the end.”',
    [{ type: 'direct', has: 'We tried everything', speaker: 'Ana Ruiz' }]],
  ['dash attribution', 'The crowd fell silent.\n\n“Never again will we let this happen.” — Tom Baker',
    [{ type: 'direct', has: 'Never again', speaker: 'Tom Baker' }]],
  ['country as speaker with fragment and participle', 'Mexico rejected the decision as “excessive and disproportionate,” insisting that the move was legal.',
    [{ type: 'partial', has: 'excessive and disproportionate', speaker: 'Mexico' }, { type: 'indirect', has: 'the move was legal', speaker: 'Mexico' }]],
  ['unnamed source with possessive', 'Mexico’s president again stated that the former leader had been the “victim” of a coup.',
    [{ type: 'partial', has: 'had been the “victim”', speaker: 'Mexico’s president' }]],
  ['the speaker in the sentence before a cue-less quote', 'Khalid Mahmood, a Labour MP, said he was worried. “What happens next is anyone’s guess.”',
    [{ type: 'indirect', has: 'he was worried', speaker: 'Khalid Mahmood' }, { type: 'direct', has: 'What happens next', speaker: 'Khalid Mahmood' }]],
  ['descriptions resolve to the person', 'Maria Lopez, 70, was released on Monday. The 70-year-old said she was tired.',
    [{ type: 'indirect', has: 'she was tired', speaker: 'Maria Lopez', mention: 'The 70-year-old' }]],
  ['a role resolves to the person who holds it', 'Peruvian Foreign Minister Hugo de Zela arrived. The minister said the talks had failed.',
    [{ type: 'indirect', has: 'the talks had failed', speaker: 'Hugo de Zela', mention: 'The minister' }]],
  ['verbs beyond said', 'Tom Baker tweeted that the vote was rigged. Ana Ruiz sighed: “Not again.”',
    [{ type: 'indirect', has: 'the vote was rigged', speaker: 'Tom Baker' }, { type: 'direct', has: 'Not again', speaker: 'Ana Ruiz' }]],
  ['an organization speaks through "it"', 'The ministry closed the crossing. It said the border would reopen on Friday.',
    [{ type: 'indirect', has: 'the border would reopen', speaker: 'The ministry', mention: 'It' }]],
  ['a time adjunct between subject and cue', 'The Herald on Saturday wrote that the mayor had resigned.',
    [{ type: 'indirect', has: 'the mayor had resigned', speaker: 'The Herald' }]],
  ['a party and state in parentheses after the name', 'Sen. Ann Cole (D-Ore.) said the bill would fail.',
    [{ type: 'indirect', has: 'the bill would fail', speaker: 'Ann Cole' }]],
  ['a state abbreviated with initials', 'Rep. Tom Gray (R-S.C.) said the claim was false.',
    [{ type: 'indirect', has: 'the claim was false', speaker: 'Tom Gray' }]],
  ['a long appositive before the cue', '“The budget adds up,” Leo Marsh, director of the Center for Fiscal Studies at the state university and a former adviser to two governors, said.',
    [{ type: 'direct', has: 'The budget adds up', speaker: 'Leo Marsh' }]],
  ['a late cue does not swallow an earlier saying clause', 'Ana Ruiz said she felt the law was flawed because “nobody read it,” she said.',
    [{ type: 'partial', has: 'she felt the law was flawed', speaker: 'Ana Ruiz' }]],
  ['a relative clause is no "CONTENT, NP said"', 'The mayor resigned on Monday after a report in the Herald, which first reported the scandal.',
    [{ type: 'indirect', has: 'the scandal', speaker: 'the Herald' }]],
  ['a comma after a stance verb opens no content', 'As odd as it may seem, Tom Baker said the plan had worked.',
    [{ type: 'indirect', has: 'the plan had worked', speaker: 'Tom Baker' }]],
  ['a plural-looking noun after its subject is a verb', 'The Tax Foundation estimates that the plan would cost $374 billion.',
    [{ type: 'indirect', has: 'the plan would cost', speaker: 'Tax Foundation' }]],
  ['a labelled object belongs to the partial quote', 'The minister condemned the test as “reckless and dangerous” and a “grave threat” to the region.',
    [{ type: 'partial', has: 'the test as “reckless and dangerous” and a “grave threat” to the region', speaker: 'The minister' }]],
  ['a name the tagger takes for a verb, after a quotation', '"It is going nowhere," Lynch said.',
    [{ type: 'direct', has: 'It is going nowhere', speaker: 'Lynch' }]],
  ['party and state between commas after the name', '“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.',
    [{ type: 'direct', has: 'The veto will be overridden', speaker: 'Mitch McConnell' }]],
  ['an insert opening with a preposition between speaker and cue', 'Ana Ruiz, at a later press gaggle, said, “We have been briefed.”',
    [{ type: 'direct', has: 'We have been briefed', speaker: 'Ana Ruiz' }]],
  ['a parenthesis and an appositive between speaker and cue', '“They would never get a deal,” Rep. Jim Cole (R-Ohio), a panel member, said.',
    [{ type: 'direct', has: 'They would never get a deal', speaker: 'Jim Cole' }]],
  ['a cue-less quotation after a sentence about someone is theirs', 'Tom Baker spoke first. Sen. Ann Cole, who lost the primary, looked tired. “Young people are sick of it.”',
    [{ type: 'direct', has: 'Young people are sick of it', speaker: 'Ann Cole', mention: 'Ann Cole' }]],
  ['whole sentences right after a verb of saying, no comma', 'In an interview Tom Baker declared “The alliance may be obsolete. Things are different now.”',
    [{ type: 'direct', has: 'Things are different now', speaker: 'Tom Baker' }]],
  ['a statement that goes on after "but"', 'Ana Ruiz spoke last. "I like the plan," she said, but "it costs far too much for a town this size."',
    [{ type: 'direct', has: 'it costs far too much', speaker: 'Ana Ruiz' }]],
  ['a subject with a participle insert is no content before an inverted cue', 'Tom Baker, appearing after Ana Ruiz at the forum, cited problems in the region.',
    [{ type: 'indirect', has: 'problems in the region', speaker: 'Tom Baker' }]],
  ['the subject is the phrase a prepositional object hangs on', 'Officials at the ministry said the border would reopen.',
    [{ type: 'indirect', has: 'the border would reopen', speaker: 'Officials at the ministry' }]],
  ['a second reporting verb of the same subject is a report of its own', 'Sen. Ann Cole called the bank’s behavior “outrageous” and called for pay to be “clawed back” from its bosses.',
    [{ type: 'partial', has: 'the bank’s behavior “outrageous”', speaker: 'Ann Cole' }, { type: 'partial', has: 'pay to be “clawed back”', speaker: 'Ann Cole' }]],
  ['"and" inside a quoted fragment does not split it', 'The ministry said it “regrets and rejects the unilateral decision” of its neighbour.',
    [{ type: 'partial', has: 'it “regrets and rejects the unilateral decision”', speaker: 'The ministry' }]],
  ['a quotation inside a that-clause is part of the reported content', 'Spokeswoman Ana Ruiz said via email that, “Of course the mayor will defend himself” against what the campaign sees as an attack.',
    [{ type: 'partial', has: 'against what the campaign sees as an attack', speaker: 'Ana Ruiz' }]],
  ['a one-word label after its object', 'At a fundraiser, Ana Ruiz called half of her rival’s supporters “deplorables.”',
    [{ type: 'partial', has: 'half of her rival’s supporters “deplorables.”', speaker: 'Ana Ruiz' }]],
  ['content ends where a new subject says something', 'When the firm signaled that it would sell the mine, Tom Baker said, “We were floored.”',
    [{ type: 'indirect', has: 'it would sell the mine', speaker: 'the firm' }, { type: 'direct', has: 'We were floored', speaker: 'Tom Baker' }]],
  ['an imperative "say" reports nothing', 'Say Mexico demanded that the United States prove it first.',
    [{ type: 'indirect', has: 'the United States prove it first', speaker: 'Mexico' }]],
  ['an organization saying something after an opening participle is a report of its own', 'Welcoming the pick, the Association of Flight Attendants called Ana Ruiz a “champion” for its members.',
    [{ type: 'indirect', has: 'the pick', speaker: 'Association of Flight Attendants' }, { type: 'partial', has: 'Ana Ruiz a “champion”', speaker: 'Association of Flight Attendants' }]],
  ['an adverb between the auxiliary and the -ing verb', 'Harry Reid, in particular, has been steadily pounding the candidate as a “con artist” for weeks.',
    [{ type: 'partial', has: 'the candidate as a “con artist”', speaker: 'Harry Reid' }]],
  ['the comma inside the closing mark before an inverted cue', 'This is “roughly the same advantage she has held all month,” reported Reuters.',
    [{ type: 'partial', has: 'This is “roughly the same advantage', speaker: 'Reuters' }]],
  ['", and “…”" continues reported content when no verb of saying precedes', 'Tom Baker says the rules have run amok in the army, and “we are going to get away from” that.',
    [{ type: 'partial', has: 'the rules have run amok in the army, and “we are going to get away from” that', speaker: 'Tom Baker' }]],
  ['a label verb hangs a capitalized name on someone', 'In 1990 a Times article hailed the mayor as “The Comeback Kid” for the revival of the city.',
    [{ type: 'partial', has: 'the mayor as “The Comeback Kid”', speaker: 'a Times article' }]],
  ['a relative clause with its own verb of saying reports separately', 'The mayor criticized Tom Baker, who said the flood plan had failed.',
    [{ type: 'indirect', has: 'Tom Baker', speaker: 'The mayor' }, { type: 'indirect', has: 'the flood plan had failed', speaker: 'Tom Baker' }]],
  ['a contrast with its own subject ends the content', 'Most voters agreed that the mayor was “fit to serve,” while 70 percent said the same of his rival.',
    [{ type: 'partial', has: 'the mayor was “fit to serve,”', speaker: 'Most voters' }, { type: 'indirect', has: 'the same of his rival', speaker: '70 percent' }]],
  ['a participle insert between the subject and its verb of saying', 'President Ana Ruiz, dedicating the new museum on Saturday, said it would tell the story of the city.',
    [{ type: 'indirect', has: 'the new museum', speaker: 'Ana Ruiz' }, { type: 'indirect', has: 'it would tell the story', speaker: 'Ana Ruiz' }]],
  ['a comma inside the quoted words does not end the content', 'Tom Baker characterized the senator as “a little desperate there, jumping in all the time.”',
    [{ type: 'partial', has: 'jumping in all the time', speaker: 'Tom Baker' }]],
  ['a quotation opened in the content runs to its closing mark across sentences', 'Ana Ruiz posed a few questions, including, “Do you really think the rich need a tax break? Do you think the schools can wait?”',
    [{ type: 'partial', has: 'Do you think the schools can wait?”', speaker: 'Ana Ruiz' }]],
  ['a second quotation that runs on into its sentence is a quote of its own', '“This is wrong,” Ana Ruiz said. “You pushed the staff to the limit” to lift the share price.',
    [{ type: 'direct', has: 'This is wrong', speaker: 'Ana Ruiz' }, { type: 'direct', has: 'You pushed the staff', speaker: 'Ana Ruiz' }]],
  ['transcript turns: a capitalized label names the speaker', 'Fox host Chris Wallace spoke to Governor Ana Ruiz on Sunday.\n\nWALLACE: Let us start with the budget and the vote.\n\nRUIZ: Well, the vote was never in doubt, and I said so.',
    [{ type: 'direct', has: 'Let us start', speaker: 'Chris Wallace', mention: 'WALLACE' }, { type: 'direct', has: 'the vote was never in doubt', speaker: 'Ana Ruiz', mention: 'RUIZ' }]],
  ['a transcript label with a first name needs no earlier mention', 'The interview was recorded on Monday.\n\nKATE BAKER: How do you answer your critics on the plan?',
    [{ type: 'direct', has: 'How do you answer', speaker: 'KATE BAKER', mention: 'KATE BAKER' }]],
  ['a late cue with a new speaker reports the whole clause', 'Ana Ruiz had told the police that she did not want an escort, the source added.',
    [{ type: 'indirect', has: 'Ana Ruiz had told the police that she did not want an escort', speaker: 'the source' }]],
  ['a participle after a saying clause is no late cue with its object as speaker', 'In her remarks, Ana Ruiz pointed out those features to the guests, noting the touches of the old factory.',
    [{ type: 'indirect', has: 'those features', speaker: 'Ana Ruiz' }, { type: 'indirect', has: 'the touches of the old factory', speaker: 'Ana Ruiz' }]],
  ['a participle insert holding a quotation between the name and its verb', 'Tom Baker, wearing a cowboy hat and “Vote Ruiz” campaign pins, said the week had gone badly.',
    [{ type: 'indirect', has: 'the week had gone badly', speaker: 'Tom Baker' }]],
  ['a verb of saying the tagger reads as an adjective', 'The fund referenced “political tensions” in the richest economies.',
    [{ type: 'partial', has: '“political tensions”', speaker: 'The fund' }]],
  ['an -ing verb of saying after an auxiliary, read as an adjective', 'Tom Baker is promising lower taxes and “jobs, jobs, jobs.”',
    [{ type: 'partial', has: 'lower taxes and “jobs, jobs, jobs.”', speaker: 'Tom Baker' }]],
  ['a capitalized quotation inside a prepositional phrase is part of the message, not a title', 'In his speech, Tom Baker proclaimed a goal of “Peace Through Strength.”',
    [{ type: 'partial', has: 'a goal of “Peace Through Strength.”', speaker: 'Tom Baker' }]],
  ['a participle after a comma is no inverted cue with its object as speaker', 'The Ruiz campaign is releasing a new online ad aimed at Tom Baker, questioning the governor’s record.',
    [{ type: 'indirect', has: 'a new online ad', speaker: 'The Ruiz campaign' }, { type: 'indirect', has: 'the governor’s record', speaker: 'The Ruiz campaign' }]],
  ['content ends where ", but" brings a new subject saying something', 'Ana Ruiz said the fund had returned its donations, but multiple reports suggest that is untrue.',
    [{ type: 'indirect', has: 'the fund had returned its donations', speaker: 'Ana Ruiz' }, { type: 'indirect', has: 'that is untrue', speaker: 'multiple reports' }]],
  ['a verb closing its sentence after a comma and a subject reports the clause before it', 'The mayor has kept strong support among older voters and women, a new poll found.',
    [{ type: 'indirect', has: 'The mayor has kept strong support', speaker: 'a new poll' }]],
  ['double hyphens set off an appositive like a dash', 'Ana Ruiz -- co-editor of a book about the debates -- said the candidate liked to make announcements.',
    [{ type: 'indirect', has: 'the candidate liked', speaker: 'Ana Ruiz' }]],
  ['a reduced relative between the subject and its verb', 'The latest opinion poll released on Friday showed that Ana Ruiz leads by five points.',
    [{ type: 'indirect', has: 'Ana Ruiz leads by five points', speaker: 'The latest opinion poll' }]],
  ['", as NP said" reports the clause before it', 'The mayor will resign next week, as the newspaper reported on Monday.',
    [{ type: 'indirect', has: 'The mayor will resign next week', speaker: 'the newspaper' }]],
  ['a participle after a quotation is no inverted cue', 'Ana Ruiz said: "Let everyone know that the region must be able to defend itself," drawing applause.',
    [{ type: 'direct', has: 'Let everyone know', speaker: 'Ana Ruiz' }]],
  ['an inherited speaker is named by the mention nearest the quote', 'Tom Baker spoke first. “We lost the vote,” he said.\n\nThe crowd watched Baker closely. “It is over now for all of us.”',
    [{ type: 'direct', has: 'We lost the vote', speaker: 'Tom Baker', mention: 'he' }, { type: 'direct', has: 'It is over now', speaker: 'Tom Baker', mention: 'Baker' }]],
  ['an inherited speaker is named by a pronoun of their gender nearer the quote', 'Ana Ruiz took the stage. “We will win,” Ruiz said.\n\nThe crowd cheered as she waved. “This city is ours again.”',
    [{ type: 'direct', has: 'We will win', speaker: 'Ana Ruiz', mention: 'Ruiz' }, { type: 'direct', has: 'This city is ours', speaker: 'Ana Ruiz', mention: 'she' }]],
  ['a late cue takes no content across a direct quotation and its cue', 'Ana Ruiz said she was tired of the delays, and “we should all go home,” she said.',
    [{ type: 'direct', has: 'we should all go home', speaker: 'Ana Ruiz' }]],
  // Rows that must find nothing.
  ['a quantifier opens the content', 'Bucher said none of the other candidates were listed on the ballots.',
    [{ type: 'indirect', has: 'none of the other candidates were listed', speaker: 'Bucher' }]],
  ['a time adjunct before the content\'s pronoun subject', 'Sheldon Adelson said on Friday he met the candidate earlier this week.',
    [{ type: 'indirect', has: 'he met the candidate', speaker: 'Sheldon Adelson' }]],
  ['"in a statement" before a bare content clause', 'The company said in a statement the plant would close in June.',
    [{ type: 'indirect', has: 'the plant would close in June', speaker: 'The company' }]],
  ['a belief verb coordinated inside the content', 'The actress said she was tired of the status quo and wanted a new kind of candidate.',
    [{ type: 'indirect', has: 'and wanted a new kind of candidate', speaker: 'The actress' }]],
  ['content with an appositive subject before "according to"', 'Clinton, a former secretary of state, attended the meeting alone, according to a pool report.',
    [{ type: 'indirect', has: 'attended the meeting alone', speaker: 'a pool report' }]],
  ['an "according to" source with its own participle', 'Voters went to the polls. Experience is what matters most to them, according to early results of the exit poll conducted by Edison Research.',
    [{ type: 'indirect', has: 'Experience is what matters most', speaker: 'early results of the exit poll' }]],
  ['"as NP put it" takes the last clause before it', 'Lawmakers object because the rules are loose, the main test is a “lawful source of income,” as a Homeland Security memo put it.',
    [{ type: 'partial', has: 'the main test is', speaker: 'a Homeland Security memo' }]],
  ['an infinitive after a verb of refusal reports a position', 'Trump refused to release his tax returns before the election.',
    [{ type: 'indirect', has: 'to release his tax returns', speaker: 'Trump' }]],
  ['a verb of acts done to people reports nothing', 'Peru recalled its own ambassador in February after the dispute.', []],
  ['a cue between the content\'s subject and its verb', 'The visit went well. The museum, Mr. Bush said, celebrated several of his heroes.',
    [{ type: 'indirect', has: 'celebrated several of his heroes', speaker: 'Bush' }]],
  ['a progressive verb of saying is no earlier cue', 'The talks went on. Those discussions are continuing, the minister said.',
    [{ type: 'indirect', has: 'Those discussions are continuing', speaker: 'the minister' }]],
  ['a parenthesis with its own reporter ends the content', 'A video showed the candidate stumbling to a van (her campaign later disclosed that she has pneumonia).',
    [{ type: 'indirect', has: 'stumbling to a van', speaker: 'A video' }, { type: 'indirect', has: 'she has pneumonia', speaker: 'her campaign' }]],
  ['a hearer and an infinitive: what was urged', 'In his speech, Graham urged Republicans to join the ranks of climate change believers.',
    [{ type: 'indirect', has: 'Republicans to join the ranks of climate change believers', speaker: 'Graham' }]],
  ['a pronoun hearer stays out of the infinitive', 'Last month, the agency warned them to boost their election security.',
    [{ type: 'indirect', has: 'to boost their election security', speaker: 'the agency' }]],
  ['a comparative insert before "that"', 'Several experts cautioned, as did the campaign itself, that the tax proposals might well evolve.',
    [{ type: 'indirect', has: 'the tax proposals might well evolve', speaker: 'Several experts' }]],
  ['a reporting verb the tagger read as a noun after a plural subject', 'Polls show that majorities favor letting people stay.',
    [{ type: 'indirect', has: 'majorities favor letting people stay', speaker: 'Polls' }]],
  ['… closing its sentence', 'The campaign is broke. More than 40 percent of the money arrived in February, new fundraising reports show.',
    [{ type: 'indirect', has: 'More than 40 percent of the money arrived', speaker: 'new fundraising reports' }]],
  ['a headline that opens with its source and a colon', 'Clinton camp: Trump’s rhetoric threatens national security.\n\nThe campaign spoke on Tuesday.',
    [{ type: 'indirect', has: 'Trump’s rhetoric threatens national security', speaker: 'Clinton camp' }]],
  ['a headline with a quoted fragment is one partial claim', 'Graham: Trump’s ‘Hateful Rhetoric’ Destroying the Party.\n\nGraham spoke on Thursday.',
    [{ type: 'partial', has: 'Hateful Rhetoric', speaker: 'Graham' }]],
  ['a kicker or a dateline before the colon is no source', 'Exclusive: The bridge reopened on Tuesday.\n\nWASHINGTON: The river rose again.', []],
  ['a verb of saying inside a relative clause', 'The attacks, which the probe said were covered up to protect the chairman, began in 2010.',
    [{ type: 'indirect', has: 'were covered up to protect the chairman', speaker: 'the probe' }]],
  ['… which ends at its closing comma', 'The changes, which officials said will take effect in May, will not apply to all.',
    [{ type: 'indirect', has: 'will take effect in May', speaker: 'officials' }]],
  ['an aside between dashes after the cue', 'His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million.',
    [{ type: 'indirect', has: 'Trump raised $4 million', speaker: 'Paul Manafort' }]],
  ['a predicate adjective in -ing is no verb', 'The early results are promising and the team is pleased.', []],
  ['section heads and datelines are no transcript labels', 'UPDATE: The bridge reopened on Tuesday after repairs.\n\nWASHINGTON: The river rose again overnight.', []],
  ['no speech at all', 'The river flooded the town on Tuesday and the bridge was closed.', []],
  ['scare quotes', 'The so-called “woke” agenda dominated the debate in the town hall.', []],
  ['a title in quotes', 'She wrote the novel “Silent Rivers” in 1999 while living in Lisbon.', []],
  ['a nickname', 'Joe “Shorty” Smith was arrested in the port city.', []],
  ['apostrophes are not quotes', 'Jones’ cow and the Smiths\' dog ate the farmers’ grain in the ’90s.', []],
  ['a subject with a relative clause is no content before an inverted cue', 'The Europeans, who had been cut out of the talks, derided the deal as toothless.',
    [{ type: 'indirect', has: 'the deal as toothless', speaker: 'The Europeans' }]],
  ['estimates as a noun are no cue', 'The new estimates that were published on Monday show growth.', []],
  ['an infinitive is not a cue', 'The effort to declare a state of emergency failed in Congress.', []],
];

describe('quotes', () => {
  test.each(rows)('%s', (_name, text, expected) => {
    const rec = extract(text);
    expectValidSpans(text, rec);
    const got = rec.quotes.map((q) => ({ type: q.type, text: q.text, speaker: q.speaker?.name ?? null, mention: q.speaker?.mention?.text }));
    expect(got.length, JSON.stringify(got)).toBe(expected.length);
    expected.forEach((e, i) => {
      const g = got[i]!;
      expect(g.text, JSON.stringify(got)).toContain(e.has);
      expect(g.type, JSON.stringify(g)).toBe(e.type);
      expect(g.speaker, JSON.stringify(g)).toBe(e.speaker);
      if (e.mention) expect(g.mention).toBe(e.mention);
    });
  });

  test('an unclosed quotation is a warning, not a lost document', () => {
    const text = '“This quotation never closes and the paragraph ends here.\n\nThe next paragraph is plain.';
    const rec = extract(text);
    expect(rec.status).toBe('ok');
    expect(rec.diagnostics.some((d) => d.rule === 'unclosed-quote' && d.severity === 'warning')).toBe(true);
    expect(rec.quotes).toHaveLength(1);
    expect(rec.quotes[0]!.end).toBeLessThanOrEqual(text.indexOf('\n'));
    expectValidSpans(text, rec);
  });

  test('a quotation reopened in the next paragraph is one quote over both', () => {
    const text = 'Ana Ruiz said: “The first paragraph ends open.\n\n“And the second one closes it,” she said.';
    const rec = extract(text);
    const q = rec.quotes.find((x) => x.type === 'direct')!;
    expect(q.text).toContain('first paragraph');
    expect(q.text).toContain('closes it');
    expect(q.segments).toHaveLength(2);
    expect(q.speaker?.name).toBe('Ana Ruiz');
  });

  test('a speaker below the confidence floor is null, not a guess', () => {
    const rec = extract('“Nobody knows who is talking here, or why,” the text goes on without a source.');
    for (const q of rec.quotes) if (q.speaker === null) expect(q.confidence).toBeLessThan(0.3);
  });
});
