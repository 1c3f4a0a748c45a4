import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { articlePath, seed } from "./support/site";

/** No axe violations on the main reader pages, banner included (it is part of the page). */
const pages = [
  ["Arabic home", "/"],
  ["Arabic article", articlePath(seed.rozana.slug)],
  ["Arabic section", "/sections/reports"],
  ["Arabic episode", `/podcasts/${seed.show}/${seed.episode.slug}`],
  ["English home", "/en"],
  ["English article", articlePath(seed.oilEn.slug, "en")],
  ["English section", "/en/sections/economy"],
  ["English episode", "/en/podcasts/the-briefing/economy-briefing"],
] as const;

for (const [name, url] of pages) {
  test(`${name} has no accessibility violations`, async ({ page }) => {
    expect((await page.goto(url))?.status()).toBe(200);
    await expect(page.getByRole("region", { name: /ملفات تعريف الارتباط|Cookies/ })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
    expect(summary).toEqual([]);
  });
}
