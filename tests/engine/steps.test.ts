// "Rephrase as steps" turns a paragraph or list of orders into one sequence.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, applyEdits, blocksWithSeveralOrders, rephraseAsSteps } from '../../server/src/engine/index.js';

function steps(text: string): string | undefined {
  const { findings } = analyse(text);
  const [block] = blocksWithSeveralOrders(findings);
  if (!block) return undefined;
  const fix = rephraseAsSteps(text, findings, block);
  return fix ? applyEdits(text, fix.edits) : undefined;
}

describe('rephrase as steps', () => {
  it('a French paragraph of three orders', () => {
    const text = 'Vous devez migrer la base. Il faut recruter un développeur. Vous devez **former** les équipes.\n';
    assert.equal(
      steps(text),
      'Dans un premier temps, vous pourriez migrer la base. Ensuite, vous pourriez recruter un développeur. Enfin, vous pourriez **former** les équipes.\n',
    );
  });

  it('an English list keeps its markers', () => {
    const text = '- You must migrate the database.\n- You need to hire a developer.\n';
    assert.equal(steps(text), '- As a first step, you could migrate the database.\n- Finally, you could hire a developer.\n');
  });

  it('the result is clean', () => {
    const text = 'Vous devez migrer la base. Vous devez recruter.\n';
    const fixed = steps(text)!;
    assert.deepEqual(analyse(fixed).findings, []);
  });

  it('needs at least two orders in the same block', () => {
    assert.equal(steps('Vous devez migrer la base.\n\nVous devez recruter.\n'), undefined);
    assert.equal(steps('Vous devez migrer la base. Le reste suit.\n'), undefined);
  });
});
