// Hand-written reference forms for the morphology tests and docs/morphology.md's figures. Written from
// French and English grammar, not from the lexicons the tables come from, so that they can disagree.

/** Infinitive → vous-forms: present, future, conditional, imperfect, subjunctive, imperative ('' = none). */
export const FRENCH_PARADIGMS_2PL: Readonly<Record<string, readonly [string, string, string, string, string, string]>> = {
  // irregular verbs the rewrites meet most
  faire: ['faites', 'ferez', 'feriez', 'faisiez', 'fassiez', 'faites'],
  prendre: ['prenez', 'prendrez', 'prendriez', 'preniez', 'preniez', 'prenez'],
  mettre: ['mettez', 'mettrez', 'mettriez', 'mettiez', 'mettiez', 'mettez'],
  être: ['êtes', 'serez', 'seriez', 'étiez', 'soyez', 'soyez'],
  avoir: ['avez', 'aurez', 'auriez', 'aviez', 'ayez', 'ayez'],
  aller: ['allez', 'irez', 'iriez', 'alliez', 'alliez', 'allez'],
  pouvoir: ['pouvez', 'pourrez', 'pourriez', 'pouviez', 'puissiez', ''],
  venir: ['venez', 'viendrez', 'viendriez', 'veniez', 'veniez', 'venez'],
  voir: ['voyez', 'verrez', 'verriez', 'voyiez', 'voyiez', 'voyez'],
  devoir: ['devez', 'devrez', 'devriez', 'deviez', 'deviez', 'devez'],
  savoir: ['savez', 'saurez', 'sauriez', 'saviez', 'sachiez', 'sachez'],
  vouloir: ['voulez', 'voudrez', 'voudriez', 'vouliez', 'vouliez', 'veuillez'],
  finir: ['finissez', 'finirez', 'finiriez', 'finissiez', 'finissiez', 'finissez'],
  choisir: ['choisissez', 'choisirez', 'choisiriez', 'choisissiez', 'choisissiez', 'choisissez'],
  conduire: ['conduisez', 'conduirez', 'conduiriez', 'conduisiez', 'conduisiez', 'conduisez'],
  résoudre: ['résolvez', 'résoudrez', 'résoudriez', 'résolviez', 'résolviez', 'résolvez'],
  acquérir: ['acquérez', 'acquerrez', 'acquerriez', 'acquériez', 'acquériez', 'acquérez'],
  // first group with spelling changes
  appeler: ['appelez', 'appellerez', 'appelleriez', 'appeliez', 'appeliez', 'appelez'],
  jeter: ['jetez', 'jetterez', 'jetteriez', 'jetiez', 'jetiez', 'jetez'],
  céder: ['cédez', 'céderez', 'céderiez', 'cédiez', 'cédiez', 'cédez'],
  envoyer: ['envoyez', 'enverrez', 'enverriez', 'envoyiez', 'envoyiez', 'envoyez'],
  payer: ['payez', 'paierez', 'paieriez', 'payiez', 'payiez', 'payez'],
  commencer: ['commencez', 'commencerez', 'commenceriez', 'commenciez', 'commenciez', 'commencez'],
  manger: ['mangez', 'mangerez', 'mangeriez', 'mangiez', 'mangiez', 'mangez'],
  employer: ['employez', 'emploierez', 'emploieriez', 'employiez', 'employiez', 'employez'],
  lever: ['levez', 'lèverez', 'lèveriez', 'leviez', 'leviez', 'levez'],
  acheter: ['achetez', 'achèterez', 'achèteriez', 'achetiez', 'achetiez', 'achetez'],
  préférer: ['préférez', 'préférerez', 'préféreriez', 'préfériez', 'préfériez', 'préférez'],
  intégrer: ['intégrez', 'intègrerez', 'intègreriez', 'intégriez', 'intégriez', 'intégrez'],
  créer: ['créez', 'créerez', 'créeriez', 'créiez', 'créiez', 'créez'],
  étudier: ['étudiez', 'étudierez', 'étudieriez', 'étudiiez', 'étudiiez', 'étudiez'],
  // irregular verbs not singled out anywhere in the project
  dire: ['dites', 'direz', 'diriez', 'disiez', 'disiez', 'dites'],
  écrire: ['écrivez', 'écrirez', 'écririez', 'écriviez', 'écriviez', 'écrivez'],
  lire: ['lisez', 'lirez', 'liriez', 'lisiez', 'lisiez', 'lisez'],
  connaître: ['connaissez', 'connaîtrez', 'connaîtriez', 'connaissiez', 'connaissiez', 'connaissez'],
  recevoir: ['recevez', 'recevrez', 'recevriez', 'receviez', 'receviez', 'recevez'],
  obtenir: ['obtenez', 'obtiendrez', 'obtiendriez', 'obteniez', 'obteniez', 'obtenez'],
  ouvrir: ['ouvrez', 'ouvrirez', 'ouvririez', 'ouvriez', 'ouvriez', 'ouvrez'],
  offrir: ['offrez', 'offrirez', 'offririez', 'offriez', 'offriez', 'offrez'],
  partir: ['partez', 'partirez', 'partiriez', 'partiez', 'partiez', 'partez'],
  servir: ['servez', 'servirez', 'serviriez', 'serviez', 'serviez', 'servez'],
  courir: ['courez', 'courrez', 'courriez', 'couriez', 'couriez', 'courez'],
  croire: ['croyez', 'croirez', 'croiriez', 'croyiez', 'croyiez', 'croyez'],
  suivre: ['suivez', 'suivrez', 'suivriez', 'suiviez', 'suiviez', 'suivez'],
  craindre: ['craignez', 'craindrez', 'craindriez', 'craigniez', 'craigniez', 'craignez'],
  rejoindre: ['rejoignez', 'rejoindrez', 'rejoindriez', 'rejoigniez', 'rejoigniez', 'rejoignez'],
  réduire: ['réduisez', 'réduirez', 'réduiriez', 'réduisiez', 'réduisiez', 'réduisez'],
  entreprendre: ['entreprenez', 'entreprendrez', 'entreprendriez', 'entrepreniez', 'entrepreniez', 'entreprenez'],
  soumettre: ['soumettez', 'soumettrez', 'soumettriez', 'soumettiez', 'soumettiez', 'soumettez'],
  prévoir: ['prévoyez', 'prévoirez', 'prévoiriez', 'prévoyiez', 'prévoyiez', 'prévoyez'],
  revoir: ['revoyez', 'reverrez', 'reverriez', 'revoyiez', 'revoyiez', 'revoyez'],
  valoir: ['valez', 'vaudrez', 'vaudriez', 'valiez', 'valiez', 'valez'],
  vaincre: ['vainquez', 'vaincrez', 'vaincriez', 'vainquiez', 'vainquiez', 'vainquez'],
  boire: ['buvez', 'boirez', 'boiriez', 'buviez', 'buviez', 'buvez'],
  haïr: ['haïssez', 'haïrez', 'haïriez', 'haïssiez', 'haïssiez', 'haïssez'],
  fuir: ['fuyez', 'fuirez', 'fuiriez', 'fuyiez', 'fuyiez', 'fuyez'],
  mourir: ['mourez', 'mourrez', 'mourriez', 'mouriez', 'mouriez', 'mourez'],
  // regular verbs of proposals
  migrer: ['migrez', 'migrerez', 'migreriez', 'migriez', 'migriez', 'migrez'],
  abandonner: ['abandonnez', 'abandonnerez', 'abandonneriez', 'abandonniez', 'abandonniez', 'abandonnez'],
  supprimer: ['supprimez', 'supprimerez', 'supprimeriez', 'supprimiez', 'supprimiez', 'supprimez'],
  adopter: ['adoptez', 'adopterez', 'adopteriez', 'adoptiez', 'adoptiez', 'adoptez'],
  harmoniser: ['harmonisez', 'harmoniserez', 'harmoniseriez', 'harmonisiez', 'harmonisiez', 'harmonisez'],
  hiérarchiser: ['hiérarchisez', 'hiérarchiserez', 'hiérarchiseriez', 'hiérarchisiez', 'hiérarchisiez', 'hiérarchisez'],
  changer: ['changez', 'changerez', 'changeriez', 'changiez', 'changiez', 'changez'],
  arrêter: ['arrêtez', 'arrêterez', 'arrêteriez', 'arrêtiez', 'arrêtiez', 'arrêtez'],
  prioriser: ['priorisez', 'prioriserez', 'prioriseriez', 'priorisiez', 'priorisiez', 'priorisez'],
  externaliser: ['externalisez', 'externaliserez', 'externaliseriez', 'externalisiez', 'externalisiez', 'externalisez'],
  réussir: ['réussissez', 'réussirez', 'réussiriez', 'réussissiez', 'réussissiez', 'réussissez'],
  investir: ['investissez', 'investirez', 'investiriez', 'investissiez', 'investissiez', 'investissez'],
  auditer: ['auditez', 'auditerez', 'auditeriez', 'auditiez', 'auditiez', 'auditez'],
  refactoriser: ['refactorisez', 'refactoriserez', 'refactoriseriez', 'refactorisiez', 'refactorisiez', 'refactorisez'],
};

export const FRENCH_TENSES_OF_PARADIGM = ['present', 'future', 'conditional', 'imperfect', 'subjunctive', 'imperative'] as const;

/** Further accepted spellings (1990 rectifications, -ayer verbs, "asseoir"): form → infinitive. */
export const FRENCH_VARIANT_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['cèderez', 'céder'],
  ['cèderiez', 'céder'],
  ['payerez', 'payer'],
  ['payeriez', 'payer'],
  ['préfèrerez', 'préférer'],
  ['intégrerez', 'intégrer'],
  ['asseyez', 'asseoir'],
  ['assoyez', 'asseoir'],
];

/** Words a French proposal is full of that are neither infinitives nor vous-forms. */
export const FRENCH_NON_VERBS: readonly string[] = [
  'chez', 'assez', 'nez', 'rez', 'dossier', 'premier', 'dernier', 'fichier', 'métier', 'papier', 'hiver',
  'cancer', 'hier', 'mer', 'cher', 'entier', 'projet', 'soirée', 'après', 'très', 'accès', 'succès', 'vous',
  'nous', 'partenaire', 'avenir', 'fiche', 'plaisir', 'loisir', 'désir', 'quartier', 'chantier', 'atelier',
  'courrier', 'calendrier', 'budget', 'ordre', 'chiffre', 'membre', 'cadre', 'titre', 'lettre', 'maître',
];

/** [form, base]: -ing and 3rd-person forms, irregular ones included. */
export const ENGLISH_INFLECTED: ReadonlyArray<readonly [string, string]> = [
  ['using', 'use'], ['stopping', 'stop'], ['running', 'run'], ['making', 'make'], ['taking', 'take'],
  ['being', 'be'], ['having', 'have'], ['doing', 'do'], ['going', 'go'], ['seeing', 'see'],
  ['agreeing', 'agree'], ['dying', 'die'], ['lying', 'lie'], ['tying', 'tie'], ['hoping', 'hope'],
  ['hopping', 'hop'], ['planning', 'plan'], ['migrating', 'migrate'], ['referring', 'refer'],
  ['visiting', 'visit'], ['opening', 'open'], ['offering', 'offer'], ['developing', 'develop'],
  ['traveling', 'travel'], ['travelling', 'travel'], ['panicking', 'panic'], ['writing', 'write'],
  ['getting', 'get'], ['putting', 'put'], ['beginning', 'begin'], ['admitting', 'admit'],
  ['deploying', 'deploy'], ['studying', 'study'], ['trying', 'try'], ['relying', 'rely'],
  ['choosing', 'choose'], ['leaving', 'leave'], ['giving', 'give'], ['buying', 'buy'], ['paying', 'pay'],
  ['continuing', 'continue'], ['arguing', 'argue'], ['ensuring', 'ensure'], ['scrapping', 'scrap'],
  ['scraping', 'scrape'], ['dropping', 'drop'], ['rewriting', 'rewrite'], ['rethinking', 'rethink'],
  ['reconsidering', 'reconsider'], ['refactoring', 'refactor'], ['coding', 'code'], ['rating', 'rate'],
  ['stops', 'stop'], ['uses', 'use'], ['goes', 'go'], ['does', 'do'], ['has', 'have'], ['is', 'be'],
  ['fixes', 'fix'], ['watches', 'watch'], ['pushes', 'push'], ['tries', 'try'], ['studies', 'study'],
  ['plays', 'play'], ['says', 'say'], ['misses', 'miss'], ['carries', 'carry'], ['migrates', 'migrate'],
  ['relies', 'rely'], ['echoes', 'echo'], ['needs', 'need'], ['wants', 'want'], ['dies', 'die'],
  ['lies', 'lie'], ['sees', 'see'], ['agrees', 'agree'], ['focuses', 'focus'], ['scraps', 'scrap'],
];

export const ENGLISH_BASE_VERBS: readonly string[] = [
  'migrate', 'stop', 'use', 'be', 'have', 'do', 'go', 'deploy', 'scrap', 'adopt', 'abandon', 'reconsider',
  'outsource', 'prioritize', 'prioritise', 'streamline', 'leverage', 'drop', 'rewrite', 'replace', 'move',
  'switch', 'upgrade', 'refactor', 'onboard', 'benchmark', 'sing', 'fix', 'ensure', 'rethink',
];

export const ENGLISH_NON_VERBS: readonly string[] = [
  'the', 'of', 'quickly', 'very', 'beautiful', 'strategy', 'information', 'your', 'they', 'without',
  'using', 'stops', 'migrated', 'obviously', 'proposal', 'data', 'and', 'because', 'their', 'its',
];
