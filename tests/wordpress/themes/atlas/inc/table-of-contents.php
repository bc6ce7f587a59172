<?php
/**
 * Table of contents.
 *
 * A "the_content" filter adds ids to the headings of a single post and puts
 * a table-of-contents box at the top of the content when the post has
 * enough headings. No JavaScript: the box folds with <details>.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Whether the table of contents should be built for the content being filtered.
 *
 * @return bool
 */
function atlas_toc_is_enabled() {
	if ( ! atlas_get_option( 'single_toc' ) || is_feed() || is_admin() ) {
		return false;
	}

	if ( ! is_singular( 'post' ) || ! in_the_loop() || ! is_main_query() ) {
		return false;
	}

	// Only the queried post, not posts rendered inside it (related posts, embeds …).
	if ( (int) get_the_ID() !== (int) get_queried_object_id() ) {
		return false;
	}

	if ( post_password_required() ) {
		return false;
	}

	/**
	 * Filters whether the table of contents is enabled for the current post.
	 *
	 * @param bool $enabled Whether it is enabled.
	 * @param int  $post_id Post ID.
	 */
	return (bool) apply_filters( 'atlas_toc_enabled', true, get_the_ID() );
}

/**
 * Adds ids to the headings and prepends the table of contents.
 *
 * @param string $content Post content.
 * @return string
 */
function atlas_toc_filter_content( $content ) {
	if ( ! atlas_toc_is_enabled() || false !== strpos( $content, 'class="atlas-toc' ) ) {
		return $content;
	}

	/**
	 * Filters the heading levels listed in the table of contents.
	 *
	 * @param int[] $levels Heading levels.
	 */
	$levels = array_map( 'intval', (array) apply_filters( 'atlas_toc_heading_levels', array( 2, 3 ) ) );

	$items    = array();
	$used_ids = array();

	// Ids already present in the content must not be reused.
	if ( preg_match_all( '/\sid=(["\'])([^"\']+)\1/i', $content, $existing ) ) {
		foreach ( $existing[2] as $existing_id ) {
			$used_ids[ $existing_id ] = true;
		}
	}

	$new_content = preg_replace_callback(
		'/<h([1-6])(\s[^>]*)?>(.*?)<\/h\1\s*>/is',
		function ( $match ) use ( $levels, &$items, &$used_ids ) {
			$level = (int) $match[1];
			$attrs = isset( $match[2] ) ? $match[2] : '';
			$inner = $match[3];

			if ( ! in_array( $level, $levels, true ) ) {
				return $match[0];
			}

			$text = trim( preg_replace( '/\s+/u', ' ', wp_strip_all_tags( $inner ) ) );
			if ( '' === $text ) {
				return $match[0];
			}

			if ( preg_match( '/\sid=(["\'])([^"\']+)\1/i', $attrs, $id_match ) ) {
				$id = $id_match[2];
			} else {
				$base = sanitize_title( $text );
				if ( '' === $base || is_numeric( $base ) ) {
					$base = 'rubrik-' . ( count( $items ) + 1 );
				}
				$id     = $base;
				$suffix = 2;
				while ( isset( $used_ids[ $id ] ) ) {
					$id = $base . '-' . $suffix;
					$suffix++;
				}
				$used_ids[ $id ] = true;
				$attrs           = ' id="' . esc_attr( $id ) . '"' . $attrs;
			}

			$items[] = array(
				'level' => $level,
				'id'    => $id,
				'text'  => $text,
			);

			return '<h' . $level . $attrs . '>' . $inner . '</h' . $level . '>';
		},
		$content
	);

	$min = max( 1, absint( atlas_get_option( 'toc_min_headings' ) ) );

	if ( null === $new_content || count( $items ) < $min ) {
		return $content;
	}

	return atlas_get_toc_markup( $items ) . $new_content;
}
add_filter( 'the_content', 'atlas_toc_filter_content', 12 );

/**
 * Markup of the table-of-contents box.
 *
 * Headings below the highest level found are nested under the preceding one.
 *
 * @param array $items Headings (level, id, text).
 * @return string
 */
function atlas_get_toc_markup( $items ) {
	$top      = min( wp_list_pluck( $items, 'level' ) );
	$list     = '';
	$sub_open = false;
	$li_open  = false;

	foreach ( $items as $item ) {
		$link = sprintf( '<a class="atlas-toc-link" href="#%1$s">%2$s</a>', esc_attr( $item['id'] ), esc_html( $item['text'] ) );

		if ( $item['level'] === $top ) {
			if ( $sub_open ) {
				$list    .= '</ol>';
				$sub_open = false;
			}
			if ( $li_open ) {
				$list .= '</li>';
			}
			$list   .= '<li class="atlas-toc-item">' . $link;
			$li_open = true;
		} else {
			if ( ! $sub_open ) {
				if ( ! $li_open ) {
					$list   .= '<li class="atlas-toc-item atlas-toc-item-orphan">';
					$li_open = true;
				}
				$list    .= '<ol class="atlas-toc-sublist">';
				$sub_open = true;
			}
			$list .= '<li class="atlas-toc-item atlas-toc-subitem">' . $link . '</li>';
		}
	}

	if ( $sub_open ) {
		$list .= '</ol>';
	}
	if ( $li_open ) {
		$list .= '</li>';
	}

	$html  = '<nav class="atlas-toc" aria-labelledby="atlas-toc-title">';
	$html .= '<details class="atlas-toc-details" open>';
	$html .= '<summary class="atlas-toc-summary">' . atlas_get_icon( 'list', 18 ) . '<span id="atlas-toc-title" class="atlas-toc-title">' . esc_html__( 'Innehåll', 'atlas' ) . '</span>' . atlas_get_icon( 'chevron-down', 16, 'atlas-toc-toggle-icon' ) . '</summary>';
	$html .= '<ol class="atlas-toc-list">' . $list . '</ol>';
	$html .= '</details>';
	$html .= '</nav>';

	/**
	 * Filters the table-of-contents markup.
	 *
	 * @param string $html  Markup.
	 * @param array  $items Headings.
	 */
	return apply_filters( 'atlas_toc_markup', $html, $items );
}
