"""Media decodes with the recording's duration and channel count (wav via ``wave``, mp3 frame by frame)."""

from __future__ import annotations

import io
import wave

import httpx
import pytest
from recording_emulator.core.media import MediaLibrary
from recording_emulator.testing import Emulator

from .support import Plivo, SignalWire

MP3_BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
MP3_SAMPLE_RATES = {3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000]}


def mp3_duration_and_channels(data: bytes) -> tuple[float, int]:
    """Walk the MPEG-2/2.5 Layer III frames: (seconds, channels)."""
    position, samples, rate, channels = 0, 0, 0, 0
    while position + 4 <= len(data):
        header = int.from_bytes(data[position : position + 4], "big")
        assert header >> 21 == 0x7FF, f"lost frame sync at byte {position}"
        version = (header >> 19) & 3
        assert version in (0, 2), "expected MPEG-2.5 or MPEG-2 (low sample rates)"
        bitrate = MP3_BITRATES_V2[(header >> 12) & 15] * 1000
        rate = MP3_SAMPLE_RATES[version][(header >> 10) & 3]
        padding = (header >> 9) & 1
        channels = 1 if (header >> 6) & 3 == 3 else 2
        position += 72 * bitrate // rate + padding
        samples += 576
    return samples / rate, channels


def test_wav_and_mp3_of_a_finished_plivo_recording(plivo: Plivo, emu: Emulator) -> None:
    call = plivo.call()
    started = plivo.http.post(
        f"/Call/{call}/Record/", json={"file_format": "wav", "record_channel_type": "stereo"}
    ).json()
    not_yet = httpx.get(started["url"])  # not finished yet: the provider's 404
    assert not_yet.status_code == 404 and set(not_yet.json()) == {"api_id", "error"}
    emu.advance(12.5)
    plivo.http.delete(f"/Call/{call}/Record/")
    wav = httpx.get(started["url"])
    assert wav.headers["content-type"] == "audio/wav"
    with wave.open(io.BytesIO(wav.content)) as decoded:
        assert decoded.getnchannels() == 2
        assert decoded.getnframes() / decoded.getframerate() == pytest.approx(12.5)
    mp3 = httpx.get(started["url"].replace(".wav", ".mp3"))
    assert mp3.headers["content-type"] == "audio/mpeg"
    seconds, channels = mp3_duration_and_channels(mp3.content)
    assert channels == 2 and seconds == pytest.approx(12.5, abs=0.25)


def test_signalwire_mono_mp3(signalwire: SignalWire, emu: Emulator) -> None:
    call = signalwire.call()
    sid = signalwire.http.post(f"/Calls/{call}/Recordings.json").json()["sid"]
    emu.advance(3)
    emu.hang_up(call)
    seconds, channels = mp3_duration_and_channels(
        httpx.get(signalwire.http.base_url.join(f"Recordings/{sid}.mp3")).content
    )
    assert channels == 1 and seconds == pytest.approx(3, abs=0.25)


def test_media_cache_is_shared_and_atomic(tmp_path: object) -> None:
    from pathlib import Path

    library = MediaLibrary(Path(str(tmp_path)))
    first = library.file("wav", 1500, 1)
    assert library.file("wav", 1500, 1) == first
    with wave.open(str(first)) as decoded:
        assert decoded.getnframes() == 12000
    assert not list(Path(str(tmp_path)).glob("*.part"))
    with pytest.raises(ValueError):
        library.file("ogg", 1, 1)
