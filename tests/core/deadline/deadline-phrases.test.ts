import { describe, expect, it } from 'vitest';
import { renderDeadlinePhrases } from '../../../scripts/deadline-phrases.js';

describe('docs/deadline-phrases.md', () => {
  it('shows what the parser reads today from every known phrase (regenerate: npx tsx scripts/deadline-phrases.ts)', async () => {
    await expect(renderDeadlinePhrases()).toMatchFileSnapshot('../../../docs/deadline-phrases.md');
  });
});
