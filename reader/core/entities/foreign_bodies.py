"""Bodies named in Spanish, Portuguese, Italian or French: the head word comes first.

"Universidade Federal Fluminense", "Sindicato Estadual dos Profissionais da Educação",
"(Dipartimento della) Protezione Civile": the Romance languages put the kind of body before
what makes it one, so the run's last word, which `org_head` reads, is an adjective or a
place, and a capitalised word before it reads like a first name ("Universidade") or an
unknown one. The opening word says what it is; the list is of those head words (general
knowledge of the languages, not of any text's names), and a person is never named so.

Such a name also joins its words with the languages' small words ("Alianza Cívica por la
Justicia y la Democracia", "Movimento dos Trabalhadores Rurais Sem Terra"), which no German
or English run takes in: `romance_bodies` reads it whole from its head word, and the
translation a German or English text adds in brackets after it is no second body.
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.german_words import german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

_HEADS = frozenset(
    """Universidad Universidade Università Université Universitat
    Instituto Istituto Institut Sindicato Sindacato Syndicat
    Ministerio Ministério Ministero Ministère Banco Banca Banque Partido Partito
    Fundación Fundação Fondazione Fondation Asociación Associação Associazione
    Consejo Conselho Consiglio Conseil Tribunal Tribunale Agencia Agência Agenzia Agence
    Comisión Comissão Commissione Confederación Confederação Confederazione
    Federación Federação Federazione Fédération Secretaría Secretaria Protezione
    Dipartimento Departamento Servicio Serviço Servizio Cámara Câmara Assemblea Asamblea
    Assembleia Assemblée Procura Procuraduría Fiscalía Polícia Policía Polizia Guardia
    Corte Cour Ordine Orden Colegio Collegio Museo Museu Musée Teatro Théâtre""".split()
)  # fmt: skip
# Heads of movements, alliances and companies, which open a name only with the small words
# after them ("Frente Amplio" alone may be an adjective's phrase; "Frente de Todos" is a name).
_MOVEMENT_HEADS = frozenset(
    """Alianza Aliança Alleanza Alliance Coordinadora Coordenação Coalición Coalizione Frente
    Movimiento Movimento Mouvement Unión União Unione Organización Organização
    Organizzazione Comité Comitato Confédération Sociedad Sociedade Società Société Grupo
    Gruppo Corporación Junta Liga Plataforma Observatorio Observatório Osservatorio Colectivo
    Coletivo Congreso Congresso Defensoría Ejército Exército Esercito Centro""".split()
)  # fmt: skip
# The small words inside such names: of, of the, for, by, and, without, against, towards.
_JOINERS = frozenset(
    """de del dos das do da di della delle dello dei degli du por para pela pelo per pour
    y e et la las los el le les al sin sem contra con com""".split()
)  # fmt: skip


def bodies(pieces: list[Piece]) -> None:
    """Make an organisation of each person whose first word heads a Romance body's name."""
    for piece in pieces:
        if (
            piece.kind is EntityKind.PERSON
            and len(piece.words) > 1
            and bare(piece.words[0].text) in _HEADS
        ):
            piece.kind = EntityKind.ORG


def romance_bodies(words: list[Token], text: str, lang: str) -> tuple[list[Piece], list[Piece]]:
    """The Romance bodies named with their languages' small words, whole ("Alianza Cívica por
    la Justicia y la Democracia"), and the brackets right after one (its translation, "(zivile
    Allianz für Gerechtigkeit und Demokratie)"), whose names are that body's again. A name
    ends before a word of the text's language ("… de Estadística Daten veröffentlichte")."""
    bodies: list[Piece] = []
    glosses: list[Piece] = []
    at = 0
    while at < len(words):
        end = _romance_end(words, at, text, lang) if bare(words[at].text) in _BOTH_HEADS else at
        if end == at:
            at += 1
            continue
        bodies.append(Piece(EntityKind.ORG, words[at : end + 1]))
        at = end + 1
        if text[words[end].end : words[end].end + 2] == " (":
            close = text.find(")", words[end].end)
            gloss = [w for w in words[at:] if w.end <= close]
            if gloss:
                glosses.append(Piece(None, gloss))
    return bodies, glosses


_BOTH_HEADS = _HEADS | _MOVEMENT_HEADS


def _romance_end(words: list[Token], at: int, text: str, lang: str) -> int:
    """The index of the last word of a Romance body's name begun at `at` when small words of
    its language join at least one more capitalised word to it, else `at`."""
    end, joined, small = at, False, 0
    for next_at in range(at + 1, len(words)):
        word = words[next_at]
        if text[words[next_at - 1].end : word.start] != " ":
            break
        if word.text in _JOINERS and small < 3:
            small += 1
            continue
        if not word.capital or _word_of(word.text, lang):
            break
        end, joined, small = next_at, joined or small > 0, 0
    return end if joined else at


def _word_of(word: str, lang: str) -> bool:
    """A word of the text's language, where a foreign name ends."""
    return common_word(word, lang) or (lang == "de" and german_word(word))
