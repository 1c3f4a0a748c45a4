import { describe, expect, it } from "vitest";
import { allowedItemActions, deskActions, itemActions, leavesNoAdmin, mayDo, mayOnItem, type Actor, type ItemFacts, type StaffRole } from "./permissions";

const contributor: Actor = { id: 7, role: "contributor" };
const editor: Actor = { id: 8, role: "editor" };
const admin: Actor = { id: 9, role: "admin" };

const article = (over: Partial<ItemFacts> = {}): ItemFacts => ({ type: "article", createdById: 7, status: "DRAFT", withdrawnAt: null, ...over });
const ownDraft = article();
const othersDraft = article({ createdById: 8 });
const seedArticle = article({ createdById: null });
const ownScheduled = article({ status: "SCHEDULED" });
const ownPublished = article({ status: "PUBLISHED" });
const ownWithdrawn = article({ status: "DRAFT", withdrawnAt: new Date("2026-11-01T00:00:00Z") });
const episode: ItemFacts = { type: "episode", createdById: null, status: "DRAFT", withdrawnAt: null };

describe("the permission matrix: item actions", () => {
  // Every role × every action × every kind of item, written out: a change to the rule must change this table.
  const table: [string, ItemFacts, Record<StaffRole, string[]>][] = [
    ["own draft", ownDraft, { contributor: ["edit", "preview", "share", "revoke-link"], editor: [...itemActions], admin: [...itemActions] }],
    ["someone else's draft", othersDraft, { contributor: [], editor: [...itemActions], admin: [...itemActions] }],
    ["an article nobody on staff created (seed, import)", seedArticle, { contributor: [], editor: [...itemActions], admin: [...itemActions] }],
    ["own scheduled article", ownScheduled, { contributor: ["preview", "share", "revoke-link"], editor: [...itemActions], admin: [...itemActions] }],
    ["own published article", ownPublished, { contributor: ["preview", "share", "revoke-link"], editor: [...itemActions], admin: [...itemActions] }],
    ["own withdrawn article", ownWithdrawn, { contributor: ["preview", "share", "revoke-link"], editor: [...itemActions], admin: [...itemActions] }],
    ["an episode", episode, { contributor: [], editor: [...itemActions], admin: [...itemActions] }],
  ];
  for (const [name, item, allowed] of table) {
    for (const actor of [contributor, editor, admin]) {
      it(`${actor.role} on ${name}: ${allowed[actor.role].join(", ") || "nothing"}`, () => {
        expect(allowedItemActions(actor, item)).toEqual(allowed[actor.role]);
        for (const action of itemActions) expect(mayOnItem(actor, action, item), action).toBe(allowed[actor.role].includes(action));
      });
    }
  }

  it("a contributor never publishes, schedules, unpublishes or withdraws, not even their own", () => {
    for (const item of [ownDraft, ownScheduled, ownPublished, ownWithdrawn]) {
      for (const action of ["publish", "schedule", "unpublish"] as const) expect(mayOnItem(contributor, action, item)).toBe(false);
    }
  });

  it("ownership is the creator's id, not a matching role", () => {
    expect(mayOnItem({ id: 8, role: "contributor" }, "edit", othersDraft)).toBe(true);
    expect(mayOnItem({ id: 8, role: "contributor" }, "edit", ownDraft)).toBe(false);
  });
});

describe("the permission matrix: desk actions", () => {
  const table: Record<StaffRole, string[]> = {
    contributor: ["create-article"],
    editor: ["create-article", "create-episode", "front-page", "breaking", "run-scheduler", "see-all-items"],
    admin: [...deskActions],
  };
  for (const actor of [contributor, editor, admin]) {
    it(`${actor.role}: ${table[actor.role].join(", ")}`, () => {
      for (const action of deskActions) expect(mayDo(actor, action), action).toBe(table[actor.role].includes(action));
    });
  }
});

describe("the last active admin", () => {
  it("cannot be demoted or disabled", () => {
    const lastAdmin = { role: "admin" as const, disabled: false };
    expect(leavesNoAdmin(lastAdmin, { role: "editor" }, 1)).toBe(true);
    expect(leavesNoAdmin(lastAdmin, { role: "contributor" }, 1)).toBe(true);
    expect(leavesNoAdmin(lastAdmin, { disable: true }, 1)).toBe(true);
  });

  it("can be when another active admin remains, and other accounts always can", () => {
    expect(leavesNoAdmin({ role: "admin", disabled: false }, { role: "editor" }, 2)).toBe(false);
    expect(leavesNoAdmin({ role: "admin", disabled: false }, { disable: true }, 2)).toBe(false);
    expect(leavesNoAdmin({ role: "admin", disabled: false }, { role: "admin" }, 1)).toBe(false);
    expect(leavesNoAdmin({ role: "editor", disabled: false }, { disable: true }, 1)).toBe(false);
    expect(leavesNoAdmin({ role: "admin", disabled: true }, { role: "editor" }, 1)).toBe(false);
  });
});
