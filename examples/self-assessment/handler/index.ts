/**
 * The self-assessment: decides the next question from the contact's attributes (step, score) and
 * the key the caller pressed, and returns the text to play. Amazon Connect passes the flow's
 * parameters in `Details.Parameters` and keeps the flat string map returned in `$.External`.
 */

/** A yes/no question and the points a "yes" (key 1) adds. */
interface Question {
  readonly text: string;
  readonly points: number;
}

export const QUESTIONS: readonly Question[] = [
  { text: '¿Tiene fiebre de más de 38 grados? Pulse 1 para sí o 2 para no.', points: 2 },
  { text: '¿Tiene dificultad para respirar? Pulse 1 para sí o 2 para no.', points: 3 },
  { text: '¿Tiene tos desde hace más de una semana? Pulse 1 para sí o 2 para no.', points: 1 },
];

/** From this score on, the caller is put through to a nurse. */
export const NURSE_THRESHOLD = 3;

/** What the flow gets back (Connect accepts a flat map of strings). */
export interface Answer {
  readonly done: 'true' | 'false';
  readonly step: string;
  readonly score: string;
  readonly text: string;
  readonly nurse: 'true' | 'false';
}

function toInt(value: unknown): number {
  const n = Number.parseInt(String(value ?? ''), 10);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

/**
 * The next step. `step` is the question the caller was asked (0 before the first one is asked,
 * with `answer` "none"); key 1 adds that question's points, any other key none.
 */
export function next(params: { step?: string; score?: string; answer?: string }): Answer {
  let step = toInt(params.step);
  let score = toInt(params.score);
  const answered = params.answer !== undefined && params.answer !== '' && params.answer !== 'none';
  if (answered && step < QUESTIONS.length) {
    if (params.answer === '1') score += QUESTIONS[step].points;
    step += 1;
  }
  if (step < QUESTIONS.length) {
    return { done: 'false', step: String(step), score: String(score), text: QUESTIONS[step].text, nurse: 'false' };
  }
  const nurse = score >= NURSE_THRESHOLD;
  const text = nurse
    ? `Su puntuación es ${score}. Le recomendamos hablar con una enfermera; le pasamos la llamada.`
    : `Su puntuación es ${score}. Sus síntomas no requieren atención urgente. Si empeoran, vuelva a llamar.`;
  return { done: 'true', step: String(step), score: String(score), text, nurse: nurse ? 'true' : 'false' };
}

/** The Lambda entry point. It never throws at Connect: a malformed event starts the assessment. */
export async function handler(event: { Details?: { Parameters?: { [key: string]: string } } }): Promise<Answer> {
  return next(event?.Details?.Parameters ?? {});
}
