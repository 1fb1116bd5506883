"""Bodies named in Spanish, Portuguese, Italian or French: the head word comes first.

"Universidade Federal Fluminense", "Sindicato Estadual dos Profissionais da Educação",
"(Dipartimento della) Protezione Civile": the Romance languages put the kind of body before
what makes it one, so the run's last word, which `org_head` reads, is an adjective or a
place, and a capitalised word before it reads like a first name ("Universidade") or an
unknown one. The opening word says what it is; the list is of those head words (general
knowledge of the languages, not of any text's names), and a person is never named so.
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.model import EntityKind
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


def bodies(pieces: list[Piece]) -> None:
    """Make an organisation of each person whose first word heads a Romance body's name."""
    for piece in pieces:
        if (
            piece.kind is EntityKind.PERSON
            and len(piece.words) > 1
            and bare(piece.words[0].text) in _HEADS
        ):
            piece.kind = EntityKind.ORG
