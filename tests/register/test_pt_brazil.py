"""Brazilian Portuguese in the ``pt`` locale, which reads European Portuguese.

In Portugal você is the distant or polite "you"; in Brazil it is the everyday
one. A text that shows it is Brazilian (a word, a spelling, a gerund, a clitic
before its verb) is read without the rules that take você, seu/sua and
third-person questions as polite (``markers.varieties`` in pt.yaml); one that
shows nothing is read as European, as before. Sentences are written for the
tests.
"""

from __future__ import annotations

import pytest

from chatbot.detect.register import analyze, variety_of

MUTED = {"pt.voce", "pt.seu", "pt.verb_3sg_question", "pt.verb_3sg_tag"}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Você pegou o ônibus errado de novo?", "ônibus"),
        ("Seu celular tá descarregado, né?", "Seu celular"),
        ("Você já cadastrou o seu CPF no aplicativo?", "CPF"),
        ("Você está sendo atendido por um robô?", "está sendo"),
        ("Oi gente, vocês vêm hoje?", "Oi"),
        ("O oxigênio do seu quarto está baixo.", "oxigênio"),
        ("Todo mundo gostou do seu bolo.", "Todo mundo"),
        ("A mensalidade vence dia 10, viu? Você renova na recepção.", "viu"),
        # A cue in quotation marks names nothing; the same one later, outside, does.
        ("O livro chama-se «Estou fazendo arte». Você está fazendo o quê hoje?", "está fazendo"),
        ("Você viu o jogo? O time jogou muito bem.", "O time"),
        ("Você recebeu o prêmio ontem?", "prêmio"),
        ("Você tá fazendo o quê agora?", "tá fazendo"),
        ("Me liga quando você chegar.", "Me liga"),
        ("Você pode me mandar o endereço?", "pode me mandar"),
        ("Eu te conto depois, você vai rir.", "Eu te conto"),
        ("Oi, você vem hoje?", "Oi"),
        ("Sabe onde fica a farmácia, né?", "né"),
        ("Você sabe se a aula já inclui o seguro? Tô na dúvida", "Tô"),
    ],
)
def test_a_brazilian_cue_takes_voce_for_the_everyday_you(text: str, cue: str) -> None:
    r = analyze(text, "pt")
    assert not MUTED & {e.rule for e in r.evidence}, r.evidence
    assert r.reason is not None and f"read as Brazilian Portuguese ({cue})" in r.reason, r.reason


@pytest.mark.parametrize(
    "text",
    [
        "Você pode ajudar-me com a encomenda?",  # enclisis: Portugal
        "Para me ajudar, pode ligar amanhã.",  # a clitic after a preposition: both
        "O dia está lindo, o senhor não acha?",  # an adjective in -ndo
        "Está a chover; quer que lhe chame um táxi?",  # estar a + infinitive
        "O seu pedido de registo foi aceite.",  # registo, not registro
        # Words and shapes Portugal writes too, in its own senses.
        "O estudo incide sobre a membrana celular; você encontra os dados no anexo.",
        "Equipe o seu veículo com pneus de inverno.",
        "Verifique o trem de aterragem antes de você descolar.",
        "O suco gástrico é ácido; você deve consultar o seu médico.",
        "Para sobremesa temos sorvete de limão, se você quiser.",
        "Oi? Não percebi. Pode repetir o seu nome?",
        "Veja o time-lapse do seu projeto.",
        "Na cerimónia estiveram Fernando Medina e outros autarcas, como você sabe.",
        "Você tem que me enviar o seu contrato.",
        "Também eu me lembro do seu pedido.",
        "Embora ele me tenha dito que sim, você tem razão.",
        "Peço que, se possível, você me envie o seu NIF.",
        "O músico brasileiro Antônio Carlos Jobim compôs a canção que você ouviu.",
        "O artigo cita «o time jogou bem», mas você conhece o contexto.",
    ],
)
def test_european_text_keeps_its_reading(text: str) -> None:
    r = analyze(text, "pt")
    assert r.formality == "formal", r
    assert "read as Brazilian" not in (r.reason or ""), r.reason


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Brazilian chat beside você: the chat decides.
        ("Acho que depende do tipo de música que você curte, né.", "informal"),
        ("Me liga amanhã, você tá livre?", "informal"),
        # Brazil's polite form is still o senhor / a senhora.
        ("O senhor pode me informar o horário do ônibus?", "formal"),
        ("Prezado cliente, seu celular já está disponível para retirada.", "formal"),
    ],
)
def test_brazilian_register_is_read_by_what_is_left(text: str, level: str) -> None:
    r = analyze(text, "pt")
    assert r.level == level, r


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Pai, você tem que diminuir o sal.", "Pai"),
        ("Mãe, toma o remédio de oito em oito horas, viu?", "Mãe"),
        ("Ô vizinho, o seu carro está na frente da garagem.", "Ô vizinho"),
        ("Obrigado pela ajuda, mãe!", "mãe"),
        ("Querida, você viu as minhas chaves?", "Querida"),
        ("Ó mãe, você viu as minhas chaves?", "Ó mãe"),
        ("Meu amor, você vem jantar?", "Meu amor"),
        ("Olha, mãe, você tinha razão.", "mãe"),
        ("Obrigado, avó!", "avó"),
        ("Já vou, mãe.", "Já vou, mãe"),
        ("Mãe, toma o remédio e descansa.", "Mãe"),
        ("Família, a internet caiu; você avisa a vó?", "Família"),
        ("Você vem à festa? Deseja-me sorte, miúda!", "miúda"),
    ],
)
def test_calling_family_or_a_neighbour_outweighs_voce(text: str, surface: str) -> None:
    r = analyze(text, "pt")
    assert r.level == "informal", r
    calls = [e.surface for e in r.evidence if e.rule.startswith("pt.family_call")]
    assert surface in calls, r.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Mãe, pai e eu fomos ao parque no domingo.",  # a list of people
        "Pai, Filho e Espírito Santo.",
        "A minha mãe, que é médica, vem amanhã.",  # mãe is no call here
        "Relação com o titular: cônjuge, pai, mãe. Indique o seu NIF.",
        "Dependentes a cargo: cônjuge, filho. Indique o seu IBAN.",
        "Escreveu sobre a morte, o tempo e, sobretudo, amor.",
        "Era colega, amigo.",
        "Assinado: Ana Costa, mãe.",
        "Agregado familiar:\nPai, 52 anos, engenheiro.\nMãe, 50 anos, professora.",
        "Pai, marido, avô, amigo. Descanse em paz.",
        "Amor, ciúme, traição: os temas do romance que você leu.",
        "Mãe, professora primária e escritora, Maria Lúcia viveu em Braga.",
    ],
)
def test_family_words_that_call_nobody(text: str) -> None:
    r = analyze(text, "pt")
    assert not any(e.rule.startswith("pt.family_call") for e in r.evidence), r.evidence


def test_the_tag_esta_bem_asks_nobodys_form() -> None:
    tag = analyze("Tome um comprimido ao jantar, está bem?", "pt")
    assert "pt.verb_3sg_question" not in {e.rule for e in tag.evidence}, tag.evidence
    # As a question of its own it is still the polite "are you well?".
    asked = analyze("Está bem? Quer um copo de água?", "pt")
    assert ("Está bem?", "pt.verb_3sg_question") in [(e.surface, e.rule) for e in asked.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "Obrigado. Podes dizer-me quando chega?",
        "Estou a ver o jogo com o meu irmão.",
        "O meu telemóvel avariou outra vez.",
        "Você viu o prémio que ganhámos?",
    ],
)
def test_portugals_portuguese_is_told_too_and_mutes_nothing(text: str) -> None:
    r = analyze(text, "pt")
    assert r.variety == "pt.europe" and variety_of(text, "pt") == "pt.europe"
    assert r.reason is not None and "read as European Portuguese" in r.reason


@pytest.mark.parametrize(
    "text",
    [
        "Solicita-se aos alunos que devolvam os halteres aos suportes.",
        "A igreja lembra os seus mártires em novembro.",
        "Conheça os afazeres da semana no seu painel.",
    ],
)
def test_a_noun_in_eres_after_its_article_is_no_tu_infinitive(text: str) -> None:
    r = analyze(text, "pt")
    assert "pt.infinitive_2sg" not in {e.rule for e in r.evidence} and r.level == "formal", r
