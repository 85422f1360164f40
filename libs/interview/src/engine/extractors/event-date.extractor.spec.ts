import { TRIGGERED_TERMS } from '../lexicons/legal-terms.lexicon';
import { daysLeftAfter, eventDate, NO_CLOCK, pointedBackDate } from './event-date.extractor';

describe(eventDate.name, () => {
  const death = TRIGGERED_TERMS.find((term) => term.event === 'death')!.eventWords;
  const now = new Date('2026-12-01T13:00:00Z');

  it.each([
    ['Meu pai faleceu no dia 10 de outubro deste ano e deixou uma casa.', '2026-10-10'],
    ['minha mãe faleceu em 03/09/2026', '2026-09-03'],
    ['ele morreu dia 25/11, em casa', '2026-11-25'],
    ['meu avô morreu há 40 dias', '2026-10-22'],
    ['o óbito foi em 20 de dezembro', '2025-12-20'],
    ['ela faleceu ontem à noite', '2026-11-30'],
  ])('dates the event told in %j', (text, day) => {
    expect(eventDate(text, death, now)).toBe(day);
  });

  it('dates an event told by the years and months gone by, in calendar months', () => {
    const contractEnd = TRIGGERED_TERMS.find((term) => term.event === 'contract-end')!.eventWords;
    expect(eventDate('Pedi as contas faz um ano e dez meses.', contractEnd, now)).toBe('2025-02-01');
    expect(eventDate('me mandaram embora há 5 meses, sem pagar nada', contractEnd, now)).toBe('2026-07-01');
    expect(eventDate('minha avó morreu faz dois anos', death, now)).toBe('2024-12-01');
  });

  it('counts the weeks, days or half after the years and months gone by', () => {
    const contractEnd = TRIGGERED_TERMS.find((term) => term.event === 'contract-end')!.eventWords;
    expect(eventDate('fui demitido faz 1 ano e 11 meses e umas 3 semanas', contractEnd, now)).toBe('2024-12-11');
    expect(eventDate('fui demitido faz 5 meses e meio', contractEnd, now)).toBe('2026-06-16');
    expect(eventDate('fui demitido faz 1 ano e meio', contractEnd, now)).toBe('2025-06-01');
  });

  it('takes the time beside the event when the sentence tells two', () => {
    const contractEnd = TRIGGERED_TERMS.find((term) => term.event === 'contract-end')!.eventWords;
    expect(eventDate('Fui demitida ontem sem justa causa da farmácia onde trabalho de balconista há 2 anos', contractEnd, now)).toBe('2026-11-30');
    expect(eventDate('trabalho numa padaria faz 3 anos e pedi as contas semana passada', contractEnd, now)).toBe('2026-11-24');
  });

  it('reads only a time told back from the message without its time (NO_CLOCK)', () => {
    expect(eventDate('meu avô morreu há 40 dias', death, NO_CLOCK, true)).toBe('1999-11-22');
    expect(eventDate('meu pai faleceu no dia 10 de outubro', death, NO_CLOCK, true)).toBeNull();
  });

  it('takes no date of another sentence, nor a month alone', () => {
    expect(eventDate('Recebi a carta em 10/11/2026. Meu pai faleceu.', death, now)).toBeNull();
    expect(eventDate('meu pai faleceu em outubro', death, now)).toBeNull();
    expect(eventDate('fui demitido em 10/11/2026', death, now)).toBeNull();
  });
});

describe(daysLeftAfter.name, () => {
  it('counts the days left to the end of a term from its event, negative once past', () => {
    const now = new Date('2026-12-01T13:00:00Z');
    expect(daysLeftAfter('2026-10-10', 60, now)).toEqual({ daysLeft: 8, dueDate: '2026-12-09' });
    expect(daysLeftAfter('2026-09-01', 60, now)).toEqual({ daysLeft: -31, dueDate: '2026-10-31' });
  });

  it('dates an event told by a past weekday, the last one not after the message', () => {
    const exit = TRIGGERED_TERMS.find((term) => term.event === 'employee-exit')!.eventWords;
    const wednesday = new Date('2026-03-11T14:00:00Z');
    expect(eventDate('Minha empregada pediu demissão na segunda-feira', exit, wednesday)).toBe('2026-03-09');
    expect(eventDate('ela pediu as contas sexta passada', exit, wednesday)).toBe('2026-03-06');
  });
});

describe(pointedBackDate.name, () => {
  const now = new Date('2026-12-01T13:00:00Z');

  it('dates a sentence that points back to an earlier event, and no sentence that tells its own', () => {
    expect(pointedBackDate('Isso foi faz 5 meses e 3 semanas, tenho os prints do grupo.', now)).toBe('2026-06-10');
    expect(pointedBackDate('quando? faz 1 ano e 11 meses e meio', now)).toBe('2024-12-17');
    expect(pointedBackDate('aconteceu anteontem, ela foi sacar', now)).toBe('2026-11-29');
    expect(pointedBackDate('trabalho na mesma loja faz 1 ano e 11 meses', now)).toBeNull();
    expect(pointedBackDate('foi dia 10 de outubro', NO_CLOCK, true)).toBeNull();
    // A notice's arrival told with its time only points back to the notice told before; a time of a fact of its own does not.
    expect(pointedBackDate('chegou faz 25 dias pelo correio', now)).toBe('2026-11-06');
    expect(pointedBackDate('faz 20 anos que moro nesse terreno', now)).toBeNull();
    expect(pointedBackDate('faz 5 meses que isso aconteceu', now)).toBe('2026-07-01');
  });
});
