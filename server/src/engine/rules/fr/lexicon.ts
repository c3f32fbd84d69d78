// Word lists the French rules and their slots share: the vocabulary of flat judgements, and who speaks.

/** How a judgement is softened depends on what it says: bad, absurd, doomed, outdated or useless. */
export type JudgementFamily = 'quality' | 'error' | 'doomed' | 'obsolete' | 'useless';

function forms(family: JudgementFamily, words: string): Array<[string, JudgementFamily]> {
  return words
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => [w, family]);
}

/** Predicative adjectives of a flat judgement ("… est mauvaise", "… sont obsolètes"). */
export const JUDGEMENT_ADJECTIVES: ReadonlyMap<string, JudgementFamily> = new Map([
  ...forms(
    'quality',
    `mauvais mauvaise mauvaises médiocre médiocres nul nulle nuls nulles inadapté inadaptée inadaptés inadaptées
     inadéquat inadéquate inadéquats inadéquates bancal bancale bancals bancales incohérent incohérente
     incohérents incohérentes inefficace inefficaces catastrophique catastrophiques désastreux désastreuse
     désastreuses déplorable déplorables lamentable lamentables erroné erronée erronés erronées simpliste
     simplistes naïf naïve naïfs naïves bâclé bâclée bâclés bâclées pitoyable pitoyables indigent indigente
     indigents indigentes contre-productif contre-productive contre-productifs contre-productives illisible
     illisibles ingérable ingérables inexploitable inexploitables inutilisable inutilisables`,
  ),
  ...forms(
    'error',
    `absurde absurdes aberrant aberrante aberrants aberrantes insensé insensée insensés insensées ridicule
     ridicules illogique illogiques incompréhensible incompréhensibles inacceptable inacceptables irresponsable
     irresponsables inconscient inconsciente inconscients inconscientes`,
  ),
  ...forms(
    'doomed',
    `irréaliste irréalistes intenable intenables suicidaire suicidaires utopique utopiques illusoire illusoires
     dangereux dangereuse dangereuses irréalisable irréalisables infaisable infaisables impossible impossibles
     condamné condamnée condamnés condamnées`,
  ),
  ...forms(
    'obsolete',
    `obsolète obsolètes dépassé dépassée dépassés dépassées archaïque archaïques vétuste vétustes préhistorique
     préhistoriques ringard ringarde ringards ringardes périmé périmée périmés périmées`,
  ),
  ...forms('useless', 'inutile inutiles superflu superflue superflus superflues vain vaine vains vaines'),
]);

/** Nouns of a flat judgement after "est un(e)…" ("une erreur", "une aberration", "un non-sens"). */
export const JUDGEMENT_NOUNS: ReadonlyMap<string, JudgementFamily> = new Map([
  ...forms(
    'error',
    `erreur erreurs aberration aberrations hérésie hérésies non-sens absurdité absurdités folie folies bêtise
     bêtises ânerie âneries contresens faute fautes gâchis`,
  ),
  ...forms('doomed', 'catastrophe catastrophes désastre désastres échec échecs impasse impasses fiasco fiascos suicide utopie utopies illusion chimère chimères gouffre'),
]);

/** Nouns that "mauvais(e)" or "faux/fausse" turn into a judgement: "une mauvaise idée", "un mauvais choix". */
export const CHOICE_NOUNS_AFTER_BAD = new Set([
  'idée', 'idées', 'approche', 'approches', 'piste', 'pistes', 'solution', 'solutions', 'stratégie', 'stratégies',
  'option', 'options', 'pioche', 'direction', 'voie', 'route', 'choix', 'calcul', 'calculs', 'plan', 'plans',
  'pari', 'départ', 'investissement', 'décision', 'décisions', 'méthode', 'méthodes', 'démarche', 'orientation',
]);

/** Adjectives that make a judgement noun heavier: "une grave erreur", "une véritable aberration". */
export const SEVERITY_ADJECTIVES = new Set([
  'grave', 'graves', 'lourde', 'lourdes', 'grosse', 'grosses', 'gros', 'belle', 'belles', 'bel', 'énorme',
  'énormes', 'profonde', 'véritable', 'véritables', 'vraie', 'vrai', 'terrible', 'immense', 'monumentale',
  'monumental', 'sérieuse', 'pure', 'totale', 'total', 'complète', 'complet', 'magistrale', 'magistral',
  'regrettable', 'fatale', 'fatal', 'lourd', 'vaste', 'parfaite', 'parfait', 'réelle', 'réel', 'authentique',
  'colossale', 'colossal', 'cuisant', 'cuisante', 'cinglant', 'cinglante', 'retentissant', 'retentissante',
  'stratégique', 'stratégiques', 'technique', 'techniques', 'majeure', 'majeur', 'fondamentale', 'fondamental',
  'historique', 'coûteuse', 'coûteux', 'manifeste', 'évidente', 'funeste', 'capitale', 'impardonnable', 'absolue',
  'absolu', 'industrielle', 'économique', 'financière', 'financier',
]);

/** Adverbs that may sit between "est" and a judgement: "est complètement inadapté". */
export const JUDGEMENT_ADVERBS = new Set([
  'complètement', 'totalement', 'tout', 'toute', 'toutes', 'très', 'vraiment', 'parfaitement', 'absolument',
  'franchement', 'clairement', 'profondément', 'largement', 'bien', 'trop', 'assez', 'particulièrement',
  'résolument', 'manifestement', 'évidemment', 'purement', 'simplement', 'carrément', 'foncièrement', 'déjà',
  'aujourd\'hui', 'actuellement', 'désormais', 'définitivement', 'hélas', 'malheureusement', 'donc', 'aussi',
  'techniquement', 'structurellement', 'fondamentalement', 'entièrement', 'radicalement',
  'complétement', 'tellement', 'plutôt', 'objectivement', 'indéniablement', 'incontestablement', 'certainement', 'sûrement', 'forcément',
]);

/** "mal conçu", "mal pensé", "mal cadré": the participle after "mal". */
export const BADLY_PARTICIPLES = new Set(
  `conçu conçue conçus conçues pensé pensée pensés pensées cadré cadrée cadrés cadrées ficelé ficelée ficelés
   ficelées construit construite construits construites organisé organisée organisés organisées dimensionné
   dimensionnée dimensionnés dimensionnées géré gérée gérés gérées écrit écrite écrits écrites fait faite faits
   faites engagé engagée engagés engagées parti partie partis parties barré barrée barrés barrées embarqué
   embarquée embarqués embarquées préparé préparée préparés préparées posé posée posés posées défini définie
   définis définies rédigé rédigée rédigés rédigées structuré structurée structurés structurées architecturé
   architecturée architecturés architecturées choisi choisie choisis choisies estimé estimée estimés estimées
   chiffré chiffrée chiffrés chiffrées calibré calibrée calibrés calibrées`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Heads that name a technical artefact: "obsolète" about them states a fact, not a judgement. */
export const TECHNICAL_NOUNS = new Set([
  'version', 'versions', 'bibliothèque', 'bibliothèques', 'librairie', 'librairies', 'dépendance', 'dépendances',
  'paquet', 'paquets', 'package', 'packages', 'plugin', 'plugins', 'extension', 'extensions', 'module', 'modules',
  'composant', 'composants', 'pilote', 'pilotes', 'firmware', 'navigateur', 'navigateurs', 'certificat',
  'certificats', 'noyau', 'serveur', 'serveurs', 'logiciel', 'logiciels', 'système', 'systèmes', 'api', 'protocole',
  'protocoles', 'algorithme', 'algorithmes', 'php', 'python', 'java', 'node', 'jquery', 'matériel', 'matériels',
  'machine', 'machines', 'poste', 'postes', 'données', 'lien', 'liens', 'documentation', 'licence', 'licences',
  'tls', 'ssl', 'image', 'images', 'script', 'scripts', 'framework', 'frameworks', 'thème', 'thèmes', 'code',
  'base', 'os', 'windows', 'debian', 'ubuntu', 'centos', 'mysql', 'drupal', 'wordpress', 'symfony', 'angular',
  'react', 'vue', 'jdk', 'sdk', 'branche', 'release', 'moteur', 'connecteur', 'connecteurs', 'format', 'formats',
  'norme', 'normes', 'standard', 'standards', 'syntaxe',
]);

/** Verbs that say a plan will fail: "ne marchera pas", "ne fonctionnerait pas", "n'aboutira jamais". */
export const FAILURE_INFINITIVES = new Set(['marcher', 'fonctionner', 'aboutir', 'réussir']);

/** Their future and conditional forms in the 3rd person, which the verb table does not hold. */
export interface FailureForm {
  infinitive: string;
  plural: boolean;
  conditional: boolean;
}

export const FAILURE_FINITE_FORMS: ReadonlyMap<string, FailureForm> = new Map(
  [...FAILURE_INFINITIVES].flatMap((inf): Array<[string, FailureForm]> => [
    [`${inf}a`, { infinitive: inf, plural: false, conditional: false }],
    [`${inf}ont`, { infinitive: inf, plural: true, conditional: false }],
    [`${inf}ait`, { infinitive: inf, plural: false, conditional: true }],
    [`${inf}aient`, { infinitive: inf, plural: true, conditional: true }],
  ]),
);
