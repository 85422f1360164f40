import { HOUSEHOLD_LABEL } from '../lexicons/parties.lexicon';
import { isSpouseCoOwner, withoutHouseholdSpouse } from './client-spouse';

describe('client spouse', () => {
  describe(isSpouseCoOwner.name, () => {
    it('reads a spouse who owns with the client as on the client side', () => {
      const parts = ['o vizinho invadiu o terreno', 'o terreno é meu e do meu marido'];
      expect(isSpouseCoOwner(parts.join('\n'), parts)).toBe(true);
    });

    it('not when the spouse holds out, nor when a conflict between them is told in another message', () => {
      expect(isSpouseCoOwner('meu marido é coproprietário e ele não quer vender', ['meu marido é coproprietário e ele não quer vender'])).toBe(false);
      const parts = ['a casa é minha e do meu marido', 'estamos nos divorciando'];
      expect(isSpouseCoOwner(parts.join('\n'), parts)).toBe(false);
    });
  });

  describe(withoutHouseholdSpouse.name, () => {
    it('takes the spouse beside the client out of the text and lists the household', () => {
      const household: string[] = [];
      const rest = withoutHouseholdSpouse('meu marido e eu compramos um carro', household);
      expect(rest).not.toContain('marido');
      expect(household).toEqual([HOUSEHOLD_LABEL]);
    });

    it('keeps a spouse the client lives with but fights with, and the text as written', () => {
      const household: string[] = [];
      const text = 'Moro com meu marido e ele me agrediu';
      expect(withoutHouseholdSpouse(text, household)).toBe(text);
      expect(household).toEqual([]);
    });
  });
});
