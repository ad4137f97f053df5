import type { Plugin } from 'vite';
import type { Catalogue } from '../src/core/knowledge/text/catalogue.ts';
import type { Language } from '../src/core/knowledge/text/languages.ts';

const htmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Sets each page's `lang` and fills its `{{name}}` marks with its words in the build's language: the patient's page (index.html)
 * from the app's page words, the clinician's (clinician.html) from the dashboard's. A mark left unfilled fails
 * the build, so no page ships a placeholder.
 */
export function pageWords(language: Language, words: Catalogue): Plugin {
  return {
    name: 'unknot:page-words',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { filename }) {
        const page = filename.endsWith('clinician.html')
          ? { ...words.clinician.dashboard.page, title: words.clinician.dashboard.title }
          : { ...words.app.page, title: 'Unknot' };
        const values: Record<string, string> = page;
        // The source pages say lang="en" (a valid value for the linter); each build says its own.
        const own = html.replace(/<html lang="[a-z]{2}">/, `<html lang="${language}">`);
        return own.replace(/\{\{(\w+)\}\}/g, (_mark, name: string) => {
          const value = values[name];
          if (value === undefined) throw new Error(`${filename}: no words for {{${name}}}`);
          return htmlText(value);
        });
      },
    },
  };
}
