"""Encoding family (issue 3): bytes of any Chinese encoding to text, mojibake repair, damage.

- :mod:`.detect`: ``decode(data, *, encoding=None) -> Decoded`` (BOMs, UTF-8/16/32, GBK/GB18030,
  Big5, HZ, documents whose lines are in different encodings) and ``looks_binary(data)``;
- :mod:`.mojibake`: ``fix_encoding(text)``, the cleaner that repairs text decoded with the wrong
  codec (Latin-1/cp1252 family through ftfy, and the CJK classes);
- :mod:`.shifted`: repair of GBK text decoded one byte out of step (seed 001's damage);
- :mod:`.damage`: ``find_damage(text) -> list[Damage]``, lossy damage that is reported, never
  invented (``锟斤拷``, U+FFFD, ``?`` runs...).

All of them judge candidate readings with the shared character model
:mod:`cntextclean.plausibility`.
"""
