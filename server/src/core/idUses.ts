/**
 * How often one Doc references each global id in each role: the part of its symbols that the index counts.
 */
import { REFERENCE_ROLES, type ReferenceRole } from './model.js';

/** How many references one Doc makes to one global id in one role. */
export interface IdUse {
  id: string;
  role: ReferenceRole;
  count: number;
}

/** How many roles a packed use can tell apart: the count is stored above them. */
const ROLE_SLOTS = 16;

/**
 * A Doc's uses, sorted by id and then by role name, packed in one array two slots a use: the id, then the count times
 * 16 plus the role's index in `REFERENCE_ROLES`. An object per use took about 2 KB per article, the largest part of a
 * summary, and the index keeps a summary for every document of the corpus. Immutable.
 */
export class IdUses {
  static readonly NONE = new IdUses([]);
  readonly #slots: readonly (string | number)[];

  private constructor(slots: readonly (string | number)[]) {
    this.#slots = slots;
  }

  /** Packs uses that are already sorted by id and then by role name, each id and role once. */
  static of(uses: readonly IdUse[]): IdUses {
    if (uses.length === 0) return IdUses.NONE;
    // Sized at once: an array grown by `push` keeps up to half as much room again, in every summary of the corpus.
    const slots = new Array<string | number>(2 * uses.length);
    uses.forEach(({ id, role, count }, i) => {
      slots[2 * i] = id;
      slots[2 * i + 1] = count * ROLE_SLOTS + REFERENCE_ROLES.indexOf(role);
    });
    return new IdUses(slots);
  }

  get length(): number {
    return this.#slots.length / 2;
  }

  id(index: number): string {
    return this.#slots[2 * index] as string;
  }

  /** The index of the use's role in `REFERENCE_ROLES`. */
  roleIndex(index: number): number {
    return (this.#slots[2 * index + 1] as number) % ROLE_SLOTS;
  }

  count(index: number): number {
    return Math.floor((this.#slots[2 * index + 1] as number) / ROLE_SLOTS);
  }

  /** Whether the use at `index` has the same role and count as the use at `otherIndex` of `other`. */
  sameUse(index: number, other: IdUses, otherIndex: number): boolean {
    return this.#slots[2 * index + 1] === other.#slots[2 * otherIndex + 1];
  }

  equals(other: IdUses): boolean {
    return this.#slots.length === other.#slots.length && this.#slots.every((slot, i) => slot === other.#slots[i]);
  }

  *[Symbol.iterator](): Generator<IdUse> {
    for (let i = 0; i < this.length; i++) yield { id: this.id(i), role: REFERENCE_ROLES[this.roleIndex(i)] as ReferenceRole, count: this.count(i) };
  }
}
