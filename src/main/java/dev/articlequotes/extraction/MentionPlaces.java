package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each entity was named or pointed at, as words of the article: what a quotation
 * attributed by its context (continuation, dialogue) gives as its source. Written as
 * reporting clauses link mentions and as quotations are attributed, read by the context
 * rules.
 */
final class MentionPlaces {

	/** The places of each entity as linked, before merges, in reading order. */
	private final Map<Entity, List<Place>> places = new IdentityHashMap<>();

	/** Records that a mention in a passage refers to an entity. */
	void record(Entity entity, int passage, Excerpt words) {
		List<Place> list = this.places.computeIfAbsent(entity, (e) -> new ArrayList<>());
		Place place = new Place(position(passage, words.start()), words);
		int at = list.size();
		while (at > 0 && list.get(at - 1).position() > place.position()) {
			at--;
		}
		if (at == 0 || !list.get(at - 1).equals(place)) {
			list.add(at, place);
		}
	}

	/**
	 * The mention the entity (or one merged into it) was last named or pointed at by
	 * before a position; the first after it when there is none before; {@code null} when
	 * it was never mentioned.
	 */
	Excerpt lastBefore(Entity speaker, int passage, int offset) {
		long before = position(passage, offset);
		Place last = null;
		Place firstAfter = null;
		for (Map.Entry<Entity, List<Place>> entry : this.places.entrySet()) {
			if (entry.getKey().resolved() != speaker.resolved()) {
				continue;
			}
			List<Place> list = entry.getValue();
			int at = firstAt(list, before);
			if (at > 0 && (last == null || list.get(at - 1).position() > last.position())) {
				last = list.get(at - 1);
			}
			if (at < list.size() && (firstAfter == null || list.get(at).position() < firstAfter.position())) {
				firstAfter = list.get(at);
			}
		}
		Place found = (last != null) ? last : firstAfter;
		return (found != null) ? found.words() : null;
	}

	/** The index of the first place at or after a position. */
	private static int firstAt(List<Place> list, long position) {
		int low = 0;
		int high = list.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (list.get(middle).position() < position) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private static long position(int passage, int offset) {
		return ((long) passage << 32) + offset;
	}

	private record Place(long position, Excerpt words) {
	}

}
