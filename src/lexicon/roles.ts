/**
 * Titles and role words. A title before a name is kept as the person's role, never as part of the
 * name ("Peruvian Foreign Minister Hugo de Zela" → role "Peruvian Foreign Minister", name "Hugo de Zela").
 */

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Honorifics and abbreviated titles, lower-case without the final dot. */
export const HONORIFICS = set(`mr mrs ms miss mx dr prof sir dame lord lady rev fr sen rep gov lt gen col maj capt cpt
sgt adm cmdr hon pres supt insp det atty messrs mme mlle sr sra sheikh sheik`);

/** Female / male honorifics: a cheap gender signal for pronoun resolution. */
export const FEMALE_HONORIFICS = set('mrs ms miss dame lady mme mlle sra queen princess duchess countess');
export const MALE_HONORIFICS = set('mr sir lord king prince duke count sr');

/** Role nouns that head a title ("Foreign Minister", "House Speaker"). */
export const ROLE_NOUNS = set(`president vice-president minister secretary senator representative congressman
congresswoman congressmember governor mayor premier chancellor chairman chairwoman chair chairperson ceo cfo coo
director spokesman spokeswoman spokesperson ambassador envoy judge justice attorney general commissioner king queen
prince princess pope bishop archbishop cardinal rabbi imam cleric coach manager captain officer chief deputy
assistant professor doctor detective inspector sergeant lieutenant colonel major superintendent leader candidate
nominee speaker whip president-elect chief-of-staff sheriff marshal consul diplomat advisor adviser aide
councillor councilor councilman councilwoman alderman legislator lawmaker delegate commander admiral
general emperor empress sultan emir ayatollah pastor reverend father sister brother dean provost founder
cofounder co-founder owner publisher editor columnist correspondent reporter anchor host analyst economist
scientist researcher physician surgeon nurse lawyer prosecutor solicitor barrister counsel executive
president-elect premier-elect mp mla mpp mep duke duchess count countess baron baroness viceroy governor-general
treasurer comptroller auditor registrar regent magistrate administrator commissioner curator director-general
secretary-general undersecretary ombudsman`);

/** Words that modify a role noun inside a title ("Foreign", "Prime", "former", "then-"). */
export const ROLE_MODIFIERS = set(`former ex then acting interim incoming outgoing deputy vice prime foreign interior
defense defence finance health justice education trade home state house senate majority minority chief
executive managing general senior junior principal associate assistant federal national regional local
attorney press communications campaign party opposition supreme high first lady district county city
economy economic agriculture environment energy labour labor transport transportation culture tourism
security intelligence homeland treasury commerce development science technology sports information
affairs public works immigration communication republican democratic democrat gop`);

/** Plural nouns that make a group source ("Prosecutors say", "officials said"). */
export const GROUP_NOUNS = set(`sources officials prosecutors experts analysts critics police authorities residents
witnesses lawmakers legislators democrats republicans conservatives liberals progressives investigators
scientists researchers doctors economists observers diplomats activists protesters protestors supporters
opponents voters leaders members advocates aides advisers advisors people students teachers workers employees
officers troops soldiers militants rebels insurgents organizers organisers organizers investors traders
executives insiders spokesmen spokespeople representatives senators ministers judges lawyers attorneys
parents families relatives neighbors neighbours fans players citizens americans britons agencies groups
observers organizations organisations scholars historians pollsters polls surveys reports studies
administrators regulators inspectors commentators bloggers republicans allies rivals others many some`);

/** Singular nouns that make an unnamed source ("a source said", "the company said"). */
export const SOURCE_NOUNS = set(`source official spokesman spokeswoman spokesperson statement report study survey
poll company campaign ministry government department agency administration committee commission council
court prosecutor police office embassy party group organization organisation board union firm team
network newspaper paper website site magazine agency memo letter document filing complaint lawsuit
release announcement analysis review investigation aide adviser advisor expert analyst witness resident
lawyer attorney official president minister senator governor mayor leader candidate nominee`);

/** Personal pronouns by what they can stand for. */
export const PRONOUNS: Readonly<Record<string, 'm' | 'f' | 'plural' | 'neuter' | 'self'>> = {
  he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f',
  they: 'plural', them: 'plural', their: 'plural', themselves: 'plural',
  it: 'neuter', its: 'neuter', itself: 'neuter',
  i: 'self', we: 'self', you: 'self',
  who: 'self', which: 'neuter',
};

/**
 * Nouns for someone who speaks for another: "a spokeswoman for Hillary Clinton", "an official at the
 * ministry", "lawyers for Mr. Manafort", "members of Congress" are not the person or body named after them.
 */
export const REPRESENTATIVE_NOUNS = set(`spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople official
officials aide aides adviser advisers advisor advisors source sources representative representatives staffer staffers
employee employees member members officer officers diplomat diplomats lawyer lawyers attorney attorneys insider
insiders executive executives analyst analysts economist economists researcher researchers expert experts`);

