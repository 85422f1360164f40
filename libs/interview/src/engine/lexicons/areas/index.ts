import { LegalAreaCode } from '../../interview-engine.types';
import { AreaLexicon } from '../lexicon.types';
import { ADMINISTRATIVO } from './administrativo.lexicon';
import { CIVIL } from './civil.lexicon';
import { CONSUMIDOR } from './consumidor.lexicon';
import { CRIMINAL } from './criminal.lexicon';
import { EMPRESARIAL } from './empresarial.lexicon';
import { FAMILIA } from './familia.lexicon';
import { IMOBILIARIO } from './imobiliario.lexicon';
import { PREVIDENCIARIO } from './previdenciario.lexicon';
import { TRABALHISTA } from './trabalhista.lexicon';
import { TRIBUTARIO } from './tributario.lexicon';

/** One lexicon per area of law; each file can be read and extended on its own. */
export const AREA_LEXICONS: Record<LegalAreaCode, AreaLexicon> = {
  trabalhista: TRABALHISTA,
  consumidor: CONSUMIDOR,
  familia: FAMILIA,
  previdenciario: PREVIDENCIARIO,
  civil: CIVIL,
  criminal: CRIMINAL,
  tributario: TRIBUTARIO,
  administrativo: ADMINISTRATIVO,
  empresarial: EMPRESARIAL,
  imobiliario: IMOBILIARIO,
};
