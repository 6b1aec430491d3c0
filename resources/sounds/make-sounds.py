#!/usr/bin/env python3
"""Writes the console's alert sounds (warning.wav, critical.wav, resolved.wav) next to this script.

The tones are synthesised here from sine waves with short fades (no clicks), so the files are the
project's own. Run it again after changing a tone; the WAV files are committed.
"""
import math
import os
import struct
import wave

RATE = 22050


def tone(frequency, seconds, volume=0.45):
    count = int(RATE * seconds)
    fade = int(RATE * 0.012)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        # A touch of the octave makes the beep less shrill on small speakers.
        value = math.sin(2 * math.pi * frequency * i / RATE) + 0.25 * math.sin(4 * math.pi * frequency * i / RATE)
        samples.append(volume * envelope * value / 1.25)
    return samples


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(name, samples):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


# Warning: two calm, equal tones.
write("warning.wav", tone(660, 0.16) + silence(0.08) + tone(660, 0.16))
# Critical: three rising tones, a little louder (repeated by the console until acknowledged).
write("critical.wav", tone(880, 0.14, 0.55) + silence(0.05) + tone(1047, 0.14, 0.55) + silence(0.05)
      + tone(1319, 0.22, 0.55))
# Resolved: a falling pair, quieter.
write("resolved.wav", tone(784, 0.14, 0.35) + silence(0.04) + tone(523, 0.24, 0.35))
