// The French tone model beyond each rule's own examples: the "must not be flagged" list of
// docs/tone-model.md, variants a consultant really writes, and the preferred rewrite of each.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, applyEdits } from '../../server/src/engine/index.js';

function findingsOf(text: string): Array<{ ruleId: string; preferred: string | undefined }> {
  return analyse(text, { language: 'fr' }).findings.map((f) => ({
    ruleId: f.ruleId,
    preferred: f.fixes[0] ? applyEdits(text, f.fixes[0].edits) : undefined,
  }));
}

/** Sentence, the rule that must flag it, and the preferred fix (the whole sentence after it). */
const FLAGGED: ReadonlyArray<[string, string, string]> = [
  // imposition
  ['Vous ne devez surtout pas lancer la V2 sans tests.', 'imposition/vous-devez', 'Nous vous suggérons de ne pas lancer la V2 sans tests.'],
  ['Il ne faut surtout pas négliger les tests.', 'imposition/il-faut', 'Nous vous suggérons de ne pas négliger les tests.'],
  ['Il est impératif de former vos équipes avant la bascule.', 'imposition/il-est-indispensable-de', 'Nous vous suggérons de former vos équipes avant la bascule.'],
  ['Il est urgent que vous modernisiez votre site.', 'imposition/il-est-indispensable-que-vous', 'Nous vous suggérons de moderniser votre site.'],
  ['Il sera impératif que vous soyez présents à chaque comité.', 'imposition/il-est-indispensable-que-vous', "Nous vous suggérons d'être présents à chaque comité."],
  ['Vous avez l’obligation de valider chaque livrable sous 48 heures.', 'imposition/vous-etes-tenus-de', 'Nous vous suggérons de valider chaque livrable sous 48 heures.'],
  ['Vos développeurs doivent cesser de livrer le vendredi.', 'imposition/votre-equipe-doit', 'Vos développeurs gagneraient à cesser de livrer le vendredi.'],
  ['Stoppez les développements en cours.', 'imposition/imperatif', 'Nous vous suggérons de stopper les développements en cours.'],
  ['Revoyez entièrement votre cahier des charges.', 'imposition/imperatif', 'Nous vous suggérons de revoir entièrement votre cahier des charges.'],
  ["N'investissez plus dans cette plateforme.", 'imposition/imperatif', "Nous vous suggérons de ne plus investir dans cette plateforme."],
  ['Donc, abandonnez la version native.', 'imposition/imperatif', "Donc, nous vous suggérons d'abandonner la version native."],
  ["Vous n'avez pas d'autre choix que de migrer vers le cloud.", 'imposition/vous-n-avez-pas-le-choix', 'Nous vous suggérons de migrer vers le cloud.'],
  ['Nous exigeons que vous nommiez un chef de projet.', 'imposition/nous-exigeons', 'Nous vous suggérons de nommer un chef de projet.'],
  // rejet
  ['Votre approche est totalement inadaptée.', 'rejet/jugement', 'Votre approche nous semble perfectible.'],
  ['Ce choix technologique est une erreur monumentale.', 'rejet/jugement', 'Ce choix technologique nous pose question.'],
  ['Ce serait une grave erreur de conserver ce prestataire.', 'rejet/jugement', 'Il nous semblerait risqué de conserver ce prestataire.'],
  ['Vos objectifs sont irréalistes.', 'rejet/jugement', 'Vos objectifs comportent des risques importants.'],
  ['Votre planning ne tiendra pas la route.', 'rejet/jugement', 'Votre planning nous posera question.'],
  ['Ce plan ne marcherait pas.', 'rejet/ne-marchera-pas', 'Ce plan risquerait de ne pas marcher.'],
  ['Vos outils sont complètement dépassés.', 'rejet/jugement', 'Vos outils gagneraient à évoluer.'],
  ['Vous avez tort.', 'rejet/vous-vous-trompez', 'Nous voyons les choses un peu différemment.'],
  // refus
  ['Nous ne céderons pas sur les délais.', 'refus/nous-ne-transigerons-pas', 'Nous tenons particulièrement aux délais.'],
  ['Notre tarif journalier ne se négocie pas.', 'refus/non-negociable', 'Notre tarif journalier est un point auquel nous tenons.'],
  ['Il est exclu de livrer sans recette.', 'refus/pas-question', 'Nous déconseillons de livrer sans recette.'],
  ['Il est hors de question que nous modifiions le périmètre.', 'refus/pas-question', 'Nous préférerions ne pas modifier le périmètre.'],
  ['Nous ne tolérerons aucun retard.', 'refus/nous-refusons', 'Nous examinerons avec attention tout retard.'],
  ['Nous n’interviendrons en aucun cas sur votre ancien site.', 'refus/nous-refusons', 'Nous préférerions ne pas intervenir sur votre ancien site.'],
  // absolu
  ['Naturellement, la solution que nous proposons est la meilleure.', 'absolu/bien-entendu', 'À notre avis, la solution que nous proposons est la meilleure.'],
  ['Le SaaS est indéniablement moins cher.', 'absolu/bien-entendu', 'Le SaaS est moins cher.'],
  ['Il ne fait aucun doute que le cloud est plus économique.', 'absolu/il-est-evident-que', 'Il nous semble que le cloud est plus économique.'],
  ["Il est clair qu'une refonte s'impose.", 'absolu/il-est-evident-que', "Il nous semble qu'une refonte s'impose."],
  ['C’est l’unique solution.', 'absolu/la-seule-option', 'C’est une solution.'],
  ["Il n'y a pas d'autre choix que de tout reprendre.", 'absolu/la-seule-option', 'La solution que nous privilégions est de tout reprendre.'],
  // sachant
  ['Vous ne comprenez pas les enjeux du référencement.', 'sachant/vous-ne-comprenez-pas', 'Il nous semble utile de souligner les enjeux du référencement.'],
  ['Il est temps que vous réalisiez l’importance du mobile.', 'sachant/vous-ne-comprenez-pas', 'Il nous semble utile de souligner l’importance du mobile.'],
  ['Laissez-nous choisir l’hébergeur.', 'sachant/faites-nous-confiance', 'Nous vous proposons de choisir ensemble l’hébergeur.'],
  ['Soyons honnêtes : votre site est daté.', 'sachant/nous-sommes-les-experts', 'Précisons-le : votre site est daté.'],
  ['Nous connaissons votre métier mieux que vous.', 'sachant/mieux-que-personne', 'Nous connaissons votre métier.'],
  // complaisance
  ['Nous réaliserons toutes les évolutions que vous demanderez.', 'complaisance/tout-ce-que-vous-voulez', 'Nous réaliserons les évolutions dont nous conviendrons ensemble.'],
  ['Nous intégrerons vos demandes sans limite.', 'complaisance/sans-reserve', 'Nous intégrerons vos demandes dans les limites convenues.'],
  ["Rien n'est impossible.", 'complaisance/aucun-probleme', 'Beaucoup de choses sont possibles.'],
  ['Nous respecterons le délai quoi qu’il advienne.', 'complaisance/garantie-totale', 'Nous respecterons le délai dans le cadre convenu.'],
  ['Vous avez mille fois raison.', 'complaisance/vous-avez-raison', 'Nous partageons en grande partie votre analyse.'],
];

/** What docs/tone-model.md says must stay quiet, and traps found in real proposals. */
const QUIET: readonly string[] = [
  // questions and conditions
  'Devez-vous migrer cette année ?',
  'Faut-il prévoir une version mobile ?',
  'Est-ce vraiment la seule option ?',
  'Si vos équipes doivent intervenir, nous les formerons.',
  'Lorsque vous devrez publier un contenu, un circuit de validation s’appliquera.',
  'Si cette approche ne marche pas, nous reviendrons à la solution initiale.',
  // obligations of the consultant, of a third party, of a thing
  'Nous devrons adapter le planning si le périmètre évolue.',
  'Le prestataire doit garantir la réversibilité.',
  'Les mots de passe doivent être stockés de manière chiffrée.',
  'Votre site doit être accessible aux personnes handicapées.',
  'Il nous faudra les accès avant le démarrage.',
  'Il est indispensable que les sauvegardes soient testées.',
  'Pour nous, il est essentiel de livrer des sources documentées.',
  // "il faut" = it takes
  'Il faut une dizaine de jours pour former les équipes.',
  'Il faut deux développeurs à temps plein.',
  'Il faudra compter trois jours de formation.',
  // fixed expressions, courtesy, references, plans
  'N’hésitez surtout pas à nous solliciter.',
  'Ne vous inquiétez pas : la migration se fait sans interruption.',
  'Veuillez agréer nos salutations distinguées.',
  'Rendez-vous à la section 6.',
  'Assurez-vous que le nom de domaine est renouvelé.',
  'Mettez à jour les versions de vos dépendances logicielles.',
  'Former les administrateurs.',
  'Vous serez tenus informés de l’avancement.',
  // benign negatives and protective commitments
  'Nous ne ferons pas payer les frais de déplacement.',
  'Nous ne modifierons pas les contenus sans votre accord.',
  'Nous ne stockerons en aucun cas de données bancaires.',
  "Il n'est pas question de facturer les corrections.",
  'Il n’est pas question pour nous de vous imposer un outil.',
  "Vous n'avez pas à vous occuper de l'hébergement.",
  // facts, not judgements
  'Votre version de WordPress n’est plus maintenue.',
  'Le serveur actuel est vétuste et sera remplacé pendant le lot 1.',
  'Une erreur de paramétrage empêche l’envoi des courriels.',
  'Le module de paiement ne fonctionnera pas sans certificat SSL.',
  'Nous avons fait une erreur dans le premier chiffrage.',
  'La seule inconnue reste le volume de données.',
  'Le taux de couverture des tests est de 100 %.',
  'Quel que soit le navigateur, l’affichage reste cohérent.',
  'Le procès-verbal peut être signé avec ou sans réserve.',
  // courtesy and openness
  'Bien sûr, nous pouvons en discuter.',
  'Nous sommes évidemment disponibles pour une démonstration.',
  'Les frais de déplacement sont bien sûr inclus dans le forfait.',
  'Ce n’est pas forcément la meilleure option pour vous.',
  'Il n’est pas évident de migrer sans interruption.',
  'Il est clair pour nous que la décision vous appartient.',
  'Vous avez raison : le calendrier est serré.',
  'Vous avez tout à fait raison de vouloir limiter le périmètre.',
  'Votre équipe est parfaite pour porter ce projet.',
  'Nous connaissons bien ce type de contexte.',
  'Comme vous le savez, le lot 1 démarre en janvier.',
  'Tout ce qui concerne l’hébergement est décrit en section 7.',
  'Aucun problème majeur n’a été relevé.',
  'Nous nous adapterons à vos contraintes.',
  // already pas à pas
  'Nous vous suggérons de migrer vers le cloud.',
  'Une autre approche pourrait être envisagée.',
  'Pourquoi ne pas commencer par un prototype ?',
];

describe('French rules: variants flagged with their preferred rewrite', () => {
  for (const [text, ruleId, preferred] of FLAGGED) {
    it(text, () => {
      const findings = findingsOf(text);
      assert.deepEqual(
        findings.map((f) => f.ruleId),
        [ruleId],
      );
      assert.equal(findings[0]!.preferred, preferred);
      assert.deepEqual(findingsOf(preferred), [], 'the rewrite is clean');
    });
  }
});

describe('French rules: what must stay quiet', () => {
  for (const text of QUIET) {
    it(text, () => {
      assert.deepEqual(
        findingsOf(text).map((f) => f.ruleId),
        [],
      );
    });
  }
});

describe('French rules in Markdown', () => {
  it('code, quotes and blockquotes stay quiet', () => {
    const text = [
      'Le script affiche `Vous devez redémarrer` en cas d’erreur.',
      '',
      'Votre DSI nous a dit : « il faut absolument tout refaire ».',
      '',
      '> Vous devez migrer avant juin.',
      '',
      '```',
      'Supprimez les comptes partagés.',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(analyse(text, { language: 'fr' }).findings, []);
  });

  it('keeps bold and links inside the rewritten sentence, and the document’s apostrophe', () => {
    const text = 'Il est **indispensable** de revoir [votre politique](https://exemple.fr) d’archivage.\n';
    const [finding] = analyse(text, { language: 'fr' }).findings;
    assert.ok(finding);
    assert.equal(
      applyEdits(text, finding.fixes[0]!.edits),
      'Nous vous suggérons de revoir [votre politique](https://exemple.fr) d’archivage.\n',
    );
  });

  it('an imperative task in a list stays quiet unless it dismisses the client’s choice', () => {
    const text = '- Installez les dépendances.\n- Abandonnez le serveur FTP.\n';
    assert.deepEqual(
      analyse(text, { language: 'fr' }).findings.map((f) => f.phrase),
      ['Abandonnez'],
    );
  });

  it('the question stance uses the document’s space before "?"', () => {
    const text = 'Vous devez migrer vers le cloud.\u202fLe reste suit\u202f: la recette.\n';
    const [finding] = analyse(text, { language: 'fr' }).findings;
    const question = finding!.fixes.find((f) => f.stance === 'question');
    assert.ok(question);
    assert.equal(question.preview, 'Pourquoi ne pas migrer vers le cloud\u202f?');
  });

  it('a second coordinated order leaves the finding without a half-done rewrite', () => {
    const [finding] = analyse('Oubliez le développement sur mesure et passez à une solution du marché.\n', { language: 'fr' }).findings;
    assert.equal(finding?.ruleId, 'imposition/imperatif');
    assert.deepEqual(finding.fixes, []);
  });
});
