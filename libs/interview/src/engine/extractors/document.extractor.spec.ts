import { DocumentExtractor } from './document.extractor';

describe(DocumentExtractor.name, () => {
  const sut = new DocumentExtractor();

  it('reads the payment booklet (carnê) by its article or kind, never meat nor a brand with the word', () => {
    expect(sut.extract('tenho os carnês do INSS pagos').documents).toContain('boleto');
    expect(sut.extract('trabalhava no frigorifico Boa Carne na desossa').documents).not.toContain('boleto');
    expect(sut.extract('a carne veio estragada').documents).not.toContain('boleto');
  });

  it("reads a worker's 'tenho a carteira' and the signed notice of dismissal as documents, not a wallet taken", () => {
    expect(sut.extract('tenho a carteira e o aviso prévio assinado').documents).toEqual(['carteira de trabalho', 'aviso prévio']);
    expect(sut.extract('roubaram a carteira com meus documentos').documents).not.toContain('carteira de trabalho');
  });

  it('reads cameras told as what proves the facts as videos, not a camera merely there', () => {
    expect(sut.extract('tenho câmeras que mostram que eu não estava lá').documents).toContain('vídeos');
    expect(sut.extract('a filmagem mostra o carro batendo').documents).toContain('vídeos');
    expect(sut.extract('a loja tem câmera na entrada').documents).not.toContain('vídeos');
  });

  it('maps evidence words to document labels', () => {
    expect(sut.extract('tenho a carteira assinada, prints do whatsapp, o laudo e o boleto').documents).toEqual([
      'carteira de trabalho',
      'prints e mensagens',
      'laudo',
      'boleto',
    ]);
  });

  it('takes a child support "fixada pelo juiz" for a court decision', () => {
    expect(sut.extract('a pensão foi fixada pelo juiz em 2021').documents).toEqual(['decisão judicial']);
  });

  it('skips documents the client says they lack, and notices "no documents"', () => {
    expect(sut.extract('não tenho contrato, mas tenho fotos')).toEqual({ documents: ['fotos'], saysNone: false });
    expect(sut.extract('nao tenho nada guardado').saysNone).toBe(true);
  });

  it('takes a writ for a summons only as a noun ("fui mandada embora" is no mandado)', () => {
    expect(sut.extract('fui mandada embora semana passada').documents).toEqual([]);
    expect(sut.extract('o oficial de justiça trouxe o mandado de citação').documents).toEqual(['intimação ou citação']);
  });

  it('does not take a job "de carteira assinada" for a document the client holds', () => {
    expect(sut.extract('ele trabalha de motorista, de carteira assinada').documents).toEqual([]);
    expect(sut.extract('tenho a carteira de trabalho e o PPP').documents).toEqual(['carteira de trabalho', 'PPP (perfil profissiográfico)']);
  });

  it('takes repair quotes for evidence of the damage', () => {
    expect(sut.extract('tenho fotos do carro e os orçamentos').documents).toEqual(['fotos', 'orçamentos']);
  });

  it('skips a document named first and denied after it ("o termo de rescisão eles não me deram")', () => {
    expect(sut.extract('tenho os holerites, o termo de rescisão eles não me deram').documents).toEqual(['holerites']);
    expect(sut.extract('o contrato eu não tenho, só as fotos').documents).toEqual(['fotos']);
    expect(sut.extract('tenho o contrato. O RH não me deu mais nada').documents).toEqual(['contrato']);
    expect(sut.extract('tenho as fotos, eu não tenho o contrato assinado').documents).toContain('fotos');
  });

  it('takes no document the client says they do not have, told with its verb and article ("não tenho o contrato")', () => {
    expect(sut.extract('não tenho o contrato de experiência dela aqui, ficou com o contador').documents).toEqual([]);
    expect(sut.extract('nunca tive um contrato com eles, só tenho as fotos').documents).toEqual(['fotos']);
    expect(sut.extract('não tenho o papel que ele assinou').documents).toEqual([]);
  });

  it('lists no report the client still needs, was asked for, awaits or was quoted a price for: only what they have', () => {
    expect(sut.extract('o engenheiro disse que precisa de laudo técnico. O laudo custa R$ 18 mil').documents).toEqual([]);
    expect(sut.extract('a seguradora dele pediu o laudo').documents).toEqual([]);
    expect(sut.extract('ainda vou fazer o boletim de ocorrência').documents).toEqual([]);
    expect(sut.extract('tenho o laudo da neurologista').documents).toEqual(['laudo']);
    expect(sut.extract('tem boletim da PM e vídeo da câmera').documents).toEqual(['boletim de ocorrência', 'vídeos']);
  });

  it('lists no report the client says was never made, told with the report first', () => {
    expect(sut.extract('o boletim nunca foi feito').documents).toEqual([]);
    expect(sut.extract('a vistoria não foi feita ainda, só tenho as fotos').documents).toEqual(['fotos']);
    expect(sut.extract('o exame de corpo de delito nunca foi feito').documents).toEqual([]);
    expect(sut.extract('fiz o exame de corpo de delito').documents).toEqual(['laudo']);
  });

  it('takes the promissory notes the debtor signed and a "contratinho" for evidence', () => {
    expect(sut.extract('fizemos um contratinho e ele assinou 3 promissórias').documents).toEqual(['contrato', 'notas promissórias']);
    expect(sut.extract('ele assinou uma nota promissória de 25 mil').documents).toEqual(['notas promissórias']);
  });
});
