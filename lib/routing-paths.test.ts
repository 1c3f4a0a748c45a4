import { describe, expect, it } from "vitest";
import { mapPublicPath } from "./routing-paths";

const q = (s = "") => new URLSearchParams(s);

describe("mapPublicPath", () => {
  it("folds ?page=N into the list path, and ?page=1 into the bare one", () => {
    expect(mapPublicPath("/sections/reports", q("page=3"))).toEqual({ kind: "ok", path: "/sections/reports/p/3" });
    expect(mapPublicPath("/sections/reports", q("page=1"))).toEqual({ kind: "ok", path: "/sections/reports" });
  });

  it("ignores unknown query parameters", () => {
    expect(mapPublicPath("/sections/reports", q("utm_source=x"))).toEqual({ kind: "ok", path: "/sections/reports" });
  });

  it("keeps internal shapes, the 410 page included, unreachable from outside", () => {
    expect(mapPublicPath("/sections/reports/p/2", q())).toEqual({ kind: "not-found" });
    expect(mapPublicPath("/podcasts/shu-al-hal/season/1", q())).toEqual({ kind: "not-found" });
    expect(mapPublicPath("/withdrawn", q())).toEqual({ kind: "not-found" });
  });
});
