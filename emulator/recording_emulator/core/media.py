"""Recording media: a quiet 440 Hz tone of the recording's exact duration and channel count.

WAV is written with the stdlib ``wave`` module, MP3 with LAME (``lameenc``). Files are generated on the
first request and cached on disk under ``<data-dir>/media``, keyed by format, duration and channels, so
every recording of the same length shares one file.
"""

from __future__ import annotations

import array
import math
import os
import tempfile
import threading
import wave
from pathlib import Path

import lameenc

SAMPLE_RATE = 8000  # telephony audio
AMPLITUDE = 1000  # about -30 dBFS: audible, quiet
TONE_HZ = 440
MEDIA_TYPES = {"wav": "audio/wav", "mp3": "audio/mpeg"}

_ONE_SECOND_MONO = array.array(
    "h", (int(AMPLITUDE * math.sin(2 * math.pi * TONE_HZ * n / SAMPLE_RATE)) for n in range(SAMPLE_RATE))
)


def _pcm(frames: int, channels: int) -> bytes:
    """Interleaved signed 16-bit little-endian PCM of ``frames`` sample frames."""
    mono = _ONE_SECOND_MONO
    repeated = mono * (frames // SAMPLE_RATE) + mono[: frames % SAMPLE_RATE]
    if channels == 1:
        return repeated.tobytes()
    interleaved = array.array("h", bytes(2 * channels * frames))
    for channel in range(channels):
        interleaved[channel::channels] = repeated
    return interleaved.tobytes()


CHUNK_FRAMES = SAMPLE_RATE * 60  # encode a minute at a time: long recordings stay within memory


def write_wav(path: Path, duration_ms: int, channels: int) -> None:
    frames = SAMPLE_RATE * duration_ms // 1000
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        for start in range(0, frames, CHUNK_FRAMES):
            out.writeframes(_pcm(min(CHUNK_FRAMES, frames - start), channels))


def write_mp3(path: Path, duration_ms: int, channels: int) -> None:
    frames = SAMPLE_RATE * duration_ms // 1000
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(16 if channels == 1 else 32)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_channels(channels)
    encoder.set_quality(7)  # fast
    with path.open("wb") as out:
        for start in range(0, frames, CHUNK_FRAMES):
            out.write(bytes(encoder.encode(_pcm(min(CHUNK_FRAMES, frames - start), channels))))
        out.write(bytes(encoder.flush()))


class MediaLibrary:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.Lock()

    def file(self, file_format: str, duration_ms: int, channels: int) -> Path:
        """The cached file for these parameters, generated if missing (atomic rename: no torn files)."""
        if file_format not in MEDIA_TYPES:
            raise ValueError(f"unsupported format {file_format!r}")
        channels = 2 if channels >= 2 else 1
        path = self.directory / f"tone_{channels}ch_{max(0, duration_ms)}ms.{file_format}"
        if path.exists():
            return path
        with self._lock:
            if path.exists():
                return path
            self.directory.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.directory, suffix=".part")
            os.close(handle)
            try:
                writer = write_wav if file_format == "wav" else write_mp3
                writer(Path(temporary), max(0, duration_ms), channels)
                os.replace(temporary, path)
            finally:
                if os.path.exists(temporary):
                    os.unlink(temporary)
        return path
