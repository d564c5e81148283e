import type { FAQPage, WithContext } from 'schema-dts';

/** One question with its answer, as schema.org Question. */
export interface QuestionLd {
  '@type': 'Question';
  name: string;
  acceptedAnswer: { '@type': 'Answer'; text: string };
}

/**
 * The FAQs page as schema.org FAQPage: each question with its answer as plain text.
 * @example faqPageLd('https://hat.example/faqs/', [{ question: 'Is it legal?', answer: 'Yes.' }]).mainEntity[0].acceptedAnswer.text // 'Yes.'
 */
export function faqPageLd(url: string, faqs: { question: string; answer: string }[]) {
  const mainEntity: QuestionLd[] = faqs.map((faq) => ({ '@type': 'Question', name: faq.question, acceptedAnswer: { '@type': 'Answer', text: faq.answer } }));
  // why: `satisfies` checks the block against schema.org's types while callers keep the exact shape.
  return { '@context': 'https://schema.org', '@type': 'FAQPage', url, mainEntity } as const satisfies WithContext<FAQPage>;
}
