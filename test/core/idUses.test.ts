import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdUses, type IdUse } from '../../server/src/core/idUses.js';
import { REFERENCE_ROLES } from '../../server/src/core/model.js';

const USES: IdUse[] = [
  { id: 'asia', role: 'same', count: 1 },
  { id: 'khalaji', role: 'by', count: 3 },
  { id: 'khalaji', role: 'mention', count: 70_000 },
  { id: 'metro', role: 'related', count: 2 },
];

test('packed uses give back each id, role and count, in order', () => {
  const uses = IdUses.of(USES);
  assert.equal(uses.length, 4);
  assert.deepEqual([...uses], USES);
  assert.equal(uses.id(2), 'khalaji');
  assert.equal(uses.count(2), 70_000);
  assert.equal(REFERENCE_ROLES[uses.roleIndex(3)], 'related');
});

test('every role survives packing with any count', () => {
  for (const role of REFERENCE_ROLES) {
    for (const count of [1, 15, 16, 17, 1_000_000]) assert.deepEqual([...IdUses.of([{ id: 'x', role, count }])], [{ id: 'x', role, count }]);
  }
});

test('uses compare by id, role and count', () => {
  const uses = IdUses.of(USES);
  assert.ok(uses.equals(IdUses.of(USES)));
  assert.ok(!uses.equals(IdUses.of(USES.slice(1))));
  assert.ok(!uses.equals(IdUses.of(USES.map((use, i) => (i === 1 ? { ...use, count: 4 } : use)))));
  assert.ok(!uses.equals(IdUses.of(USES.map((use, i) => (i === 1 ? { ...use, role: 'src' as const } : use)))));
  assert.ok(uses.sameUse(0, IdUses.of([{ id: 'other', role: 'same', count: 1 }]), 0));
  assert.ok(!uses.sameUse(1, uses, 2));
  assert.equal(IdUses.of([]), IdUses.NONE);
});
