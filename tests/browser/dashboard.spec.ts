import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { repoRoot, startApiServer, type ApiServer } from './support/api-server';
import { launchBrowser, type BrowserSession } from './support/browser';
import { eventually } from './support/eventually';
import { commandId, graphql } from './support/graphql';

// Black box: the built API (which serves the built dashboard) in a child process, driven through
// POST /graphql and a real Chromium. Build both first: apps/api/dist and apps/web/dist.
jest.setTimeout(60_000);

const ORGANISATION = 'Compañía Andina de Servicios';
const MISSION = 'Servir a cada cliente como quisiéramos ser servidos.';
const DIVISION = 'Operaciones Norte';
const TEAM = 'Atención al Cliente';

interface CommandResult {
  id: string;
  position: string;
}

const REGISTER = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id position } }`;
const SET_MISSION = `mutation ($input: SetStatementInput!) { setMission(input: $input) { id position } }`;
const CREATE_UNIT = `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id position } }`;
const UNITS = `query ($minPosition: Position) { organisation(minPosition: $minPosition) { name units { id name } } }`;

describe('dashboard', () => {
  let api: ApiServer;
  let browser: BrowserSession;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  async function openDashboard(): Promise<Page> {
    const opened = await context.newPage();
    opened.on('pageerror', (error) => pageErrors.push(error.message));
    await opened.goto(`${api.baseUrl}/`);
    return opened;
  }

  /** Waits until the read model has applied `position` and shows the unit, as the page will see it. */
  async function readModelHas(position: string, unitName: string): Promise<void> {
    await eventually(async () => {
      const data = await graphql<{ organisation: { units: { name: string }[] } | null }>(api.baseUrl, UNITS, {
        minPosition: position,
      });
      if (!data.organisation?.units.some((u) => u.name === unitName)) throw new Error(`${unitName} not projected yet`);
    });
  }

  beforeAll(async () => {
    if (!existsSync(join(repoRoot, 'apps/web/dist/index.html'))) {
      throw new Error('apps/web/dist is missing: run `npm run build -w @norte/web` first');
    }
    api = await startApiServer();
    browser = await launchBrowser();
    context = browser.context;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  it('explains how to register the organisation while it does not exist', async () => {
    const empty = await openDashboard();
    await empty.getByRole('heading', { name: 'Tu organización aún no está registrada' }).waitFor();
    expect(await empty.locator('html').getAttribute('lang')).toBe('es');
    expect(await empty.locator('pre code').textContent()).toContain('registerOrganisation');
    await empty.close();
  });

  describe('with a registered organisation and a division', () => {
    let division: CommandResult;

    beforeAll(async () => {
      await graphql(api.baseUrl, REGISTER, {
        input: { commandId: commandId(), name: ORGANISATION, locale: 'es', timeZone: 'America/Bogota' },
      });
      await graphql(api.baseUrl, SET_MISSION, { input: { commandId: commandId(), text: MISSION } });
      ({ createUnit: division } = await graphql<{ createUnit: CommandResult }>(api.baseUrl, CREATE_UNIT, {
        input: { commandId: commandId(), name: DIVISION, kind: 'DIVISION' },
      }));
      await readModelHas(division.position, DIVISION);
      page = await openDashboard();
    });

    it('shows the organisation name, its mission and the division in the tree', async () => {
      await page.getByRole('banner').getByText(ORGANISATION).waitFor();
      await page.getByRole('main').getByText(MISSION).waitFor();
      const tree = page.getByRole('list', { name: 'Divisiones y equipos' });
      await tree.getByRole('listitem').filter({ hasText: DIVISION }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Organización');
    });

    it('shows a team created elsewhere under its division, live, without reloading', async () => {
      await page.locator('[role="status"][data-state="connected"]').waitFor({ timeout: 15_000 });
      await page.evaluate(() => {
        (globalThis as Record<string, unknown>).__norteSamePage = true;
      });

      const { createUnit: team } = await graphql<{ createUnit: CommandResult }>(api.baseUrl, CREATE_UNIT, {
        input: { commandId: commandId(), name: TEAM, kind: 'TEAM', parentId: division.id },
      });

      const divisionItem = page.getByRole('list', { name: 'Divisiones y equipos' }).getByRole('listitem').filter({ hasText: DIVISION });
      await divisionItem.getByRole('listitem').filter({ hasText: TEAM }).waitFor({ timeout: 15_000 });
      expect(await page.evaluate(() => (globalThis as Record<string, unknown>).__norteSamePage)).toBe(true);
      expect(team.id).toBeTruthy();

      const screenshot = process.env.NORTE_SCREENSHOT;
      if (screenshot) await page.screenshot({ path: screenshot, fullPage: true, animations: 'disabled' });
    });

    it('switches the interface to English', async () => {
      await page.getByLabel('Idioma').selectOption('en');
      await page.getByRole('heading', { level: 2, name: 'Structure' }).waitFor();
      await page.getByLabel('Language').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Organisation');
      await page.getByRole('list', { name: 'Divisions and teams' }).getByText(TEAM).waitFor();
    });
  });
});
