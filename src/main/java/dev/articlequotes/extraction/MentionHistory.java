package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where each entity was mentioned and where it spoke, in reading order: what pronouns,
 * generic descriptions and continuations look back through. Written by linking mentions
 * and attributing quotations, read by every rule that looks for a recent entity.
 */
final class MentionHistory {

	/** How many passages back a pronoun or continuation looks. */
	private static final int WINDOW = 3;

	/**
	 * The recorded mentions of each passage by offset; those at the same offset in the
	 * order they were recorded.
	 */
	private final Map<Integer, List<Entry>> entries = new HashMap<>();

	/** The latest position of each entity, passage and offset in one number. */
	private final Map<Entity, Long> lastSeen = new HashMap<>();

	/** Records a mention of an entity at a position, as a speaker there or not. */
	void record(Entity entity, int passage, int offset, boolean speaking) {
		List<Entry> entries = this.entries.computeIfAbsent(passage, (p) -> new ArrayList<>());
		entries.add(firstAfter(entries, offset), new Entry(offset, entity, speaking));
		this.lastSeen.merge(entity, ((long) passage << 32) + offset, Math::max);
	}

	/** Whether the first entity was last seen after the second. */
	boolean seenLater(Entity entity, Entity than) {
		return this.lastSeen.getOrDefault(entity, -1L) > this.lastSeen.getOrDefault(than, -1L);
	}

	/** The entity that spoke last in the passage before the offset, or {@code null}. */
	Entity lastSpeaker(int passage, int offset) {
		Entry best = latest(passage, offset, Entry::speaking);
		return (best != null) ? best.entity() : null;
	}

	/**
	 * The most recent entity in the window before a position that fits, of those that
	 * spoke if any fits, otherwise of all; {@code null} when none.
	 */
	Entity mostRecentPreferringSpeakers(int passage, int offset, Predicate<Entity> fits) {
		Entity found = mostRecent(passage, offset, true, Set.of(), fits);
		return (found != null) ? found : mostRecent(passage, offset, false, Set.of(), fits);
	}

	/**
	 * The most recent entity in the window before a position that fits and is not
	 * excluded, of those that spoke or of all; {@code null} when none.
	 */
	Entity mostRecent(int passage, int offset, boolean speakingOnly, Set<Entity> excluded, Predicate<Entity> fits) {
		for (int p = passage; p >= Math.max(0, passage - WINDOW); p--) {
			Entry best = latest(p, (p == passage) ? offset : Integer.MAX_VALUE,
					(entry) -> (!speakingOnly || entry.speaking()) && !excluded.contains(entry.entity())
							&& fits.test(entry.entity()));
			if (best != null) {
				return best.entity();
			}
		}
		return null;
	}

	/**
	 * The entry of the passage before the offset that passes the test, nearest the
	 * offset; of several at the same offset, the one recorded first.
	 */
	private Entry latest(int passage, int offset, Predicate<Entry> test) {
		List<Entry> entries = this.entries.getOrDefault(passage, List.of());
		Entry best = null;
		for (int i = firstAfter(entries, offset - 1) - 1; i >= 0; i--) {
			Entry entry = entries.get(i);
			if (best != null && entry.offset() != best.offset()) {
				break;
			}
			if (test.test(entry)) {
				best = entry;
			}
		}
		return best;
	}

	/** The index of the first entry with an offset greater than the given one. */
	private static int firstAfter(List<Entry> entries, int offset) {
		int low = 0;
		int high = entries.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (entries.get(middle).offset() <= offset) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** One mention of an entity at an offset, and whether it was a speaker there. */
	private record Entry(int offset, Entity entity, boolean speaking) {
	}

}
