import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@neuland/auth';
import { HtmlPage } from '@neuland/http';
import { escapeHtml } from '@neuland/mail';
import { type LegalPage, type LegalPageName, LegalPagesService } from './legal-pages.service.js';

/** /imprint and /privacy are linked from every mail, so they answer as plain pages even without the web app. */
@ApiTags('legal')
@Public()
@Controller()
export class LegalPagesController {
  constructor(private readonly legal: LegalPagesService) {}

  @Get('api/v1/legal/imprint')
  imprint(): LegalPage {
    return this.legal.get('imprint');
  }

  @Get('api/v1/legal/privacy')
  privacy(): LegalPage {
    return this.legal.get('privacy');
  }

  @Get('imprint')
  @HtmlPage('The imprint as a page of its own')
  imprintPage(): string {
    return this.html('imprint');
  }

  @Get('privacy')
  @HtmlPage('The privacy policy as a page of its own')
  privacyPage(): string {
    return this.html('privacy');
  }

  private html(name: LegalPageName): string {
    const { title, text } = this.legal.get(name);
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
      .join('\n');
    return `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head><body style="max-width:720px;margin:2rem auto;padding:0 1rem;font-family:system-ui,sans-serif;line-height:1.5"><h1>${escapeHtml(title)}</h1>\n${paragraphs}</body></html>`;
  }
}
