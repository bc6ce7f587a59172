<?php
/**
 * Innehållsförteckning och fotnoter via the_content.
 *
 * Fotnoter skrivs i redigeraren med dubbla parenteser:
 *   Texten fortsätter här.((Se SOU 2023:14, s. 22.))
 *
 * Innehållsförteckningen byggs av artikelns h2- och h3-rubriker när
 * det finns minst tre av dem.
 *
 * @package Dossier
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Ska innehållet för aktuellt inlägg "byggas ut" (toc, fotnoter)?
 *
 * @return bool
 */
function dossier_is_reading_context() {
	return is_singular() && in_the_loop() && is_main_query() && ! post_password_required();
}

/**
 * Minsta antal rubriker för att visa innehållsförteckning.
 *
 * @return int
 */
function dossier_toc_min_headings() {
	return (int) apply_filters( 'dossier_toc_min_headings', 3 );
}

/**
 * Lägger in innehållsförteckning överst i texten och id på rubrikerna.
 *
 * @param string $content Innehåll.
 * @return string
 */
function dossier_toc_filter( $content ) {
	if ( ! dossier_is_reading_context() || ! is_singular( array( 'post', 'page' ) ) ) {
		return $content;
	}

	if ( ! preg_match_all( '#<h([23])(\s[^>]*)?>(.*?)</h\1>#is', $content, $matches, PREG_SET_ORDER ) ) {
		return $content;
	}

	if ( count( $matches ) < dossier_toc_min_headings() ) {
		return $content;
	}

	$used     = array();
	$headings = array();

	$content = preg_replace_callback(
		'#<h([23])(\s[^>]*)?>(.*?)</h\1>#is',
		function ( $m ) use ( &$used, &$headings ) {
			$level = (int) $m[1];
			$attrs = isset( $m[2] ) ? $m[2] : '';
			$inner = $m[3];
			$text  = trim( wp_strip_all_tags( preg_replace( '/\(\(.*?\)\)/s', '', $inner ) ) );

			if ( '' === $text ) {
				return $m[0];
			}

			if ( preg_match( '/\sid\s*=\s*(["\'])(.*?)\1/i', $attrs, $idm ) ) {
				$id = $idm[2];
			} else {
				$id = sanitize_title( $text );
				if ( '' === $id || is_numeric( $id ) ) {
					$id = 'avsnitt-' . ( count( $headings ) + 1 );
				}
				$base = $id;
				$i    = 2;
				while ( isset( $used[ $id ] ) ) {
					$id = $base . '-' . $i;
					$i++;
				}
				$attrs = ' id="' . esc_attr( $id ) . '"' . $attrs;
			}

			$used[ $id ] = true;
			$headings[]  = array(
				'level' => $level,
				'id'    => $id,
				'text'  => $text,
			);

			return '<h' . $level . $attrs . '>' . $inner . '</h' . $level . '>';
		},
		$content
	);

	if ( count( $headings ) < dossier_toc_min_headings() ) {
		return $content;
	}

	$toc  = '<nav class="toc" aria-labelledby="toc-title-' . get_the_ID() . '">';
	$toc .= '<p class="toc__title" id="toc-title-' . get_the_ID() . '">' . esc_html__( 'Innehåll', 'dossier' ) . '</p>';
	$toc .= '<ol class="toc__list">';

	$open_sub = false;
	$open_li  = false;
	foreach ( $headings as $heading ) {
		$link = '<a href="#' . esc_attr( $heading['id'] ) . '">' . esc_html( $heading['text'] ) . '</a>';

		if ( 3 === $heading['level'] && $open_li ) {
			if ( ! $open_sub ) {
				$toc     .= '<ol class="toc__sublist">';
				$open_sub = true;
			}
			$toc .= '<li class="toc__item toc__item--h3">' . $link . '</li>';
			continue;
		}

		if ( $open_sub ) {
			$toc     .= '</ol>';
			$open_sub = false;
		}
		if ( $open_li ) {
			$toc .= '</li>';
		}

		$toc .= '<li class="toc__item toc__item--h' . $heading['level'] . '">' . $link;

		// En h3 före första h2 får en egen punkt på översta nivån.
		if ( 3 === $heading['level'] ) {
			$toc    .= '</li>';
			$open_li = false;
		} else {
			$open_li = true;
		}
	}
	if ( $open_sub ) {
		$toc .= '</ol>';
	}
	if ( $open_li ) {
		$toc .= '</li>';
	}
	$toc .= '</ol></nav>';

	return $toc . "\n" . $content;
}
add_filter( 'the_content', 'dossier_toc_filter', 12 );

/**
 * Fotnoter: ((text)) blir en numrerad hänvisning och en lista sist i texten.
 * Utanför artikelsidan (listor, utdrag) tas fotnoterna bort helt.
 *
 * @param string $content Innehåll.
 * @return string
 */
function dossier_footnotes_filter( $content ) {
	if ( false === strpos( $content, '((' ) ) {
		return $content;
	}

	if ( post_password_required() ) {
		return $content;
	}

	$render = dossier_is_reading_context() || is_feed();

	if ( ! $render ) {
		return preg_replace( '/\s*\(\((.+?)\)\)/s', '', $content );
	}

	$post_id = get_the_ID();
	$notes   = array();

	$content = preg_replace_callback(
		'/\(\((.+?)\)\)/s',
		function ( $m ) use ( &$notes, $post_id ) {
			$notes[] = trim( $m[1] );
			$n       = count( $notes );

			return sprintf(
				'<sup class="footnote-ref" id="fnref-%1$d-%2$d"><a href="#fn-%1$d-%2$d" title="%3$s">%2$d</a></sup>',
				$post_id,
				$n,
				/* translators: %d: fotnotens nummer */
				esc_attr( sprintf( __( 'Fotnot %d', 'dossier' ), $n ) )
			);
		},
		$content
	);

	if ( empty( $notes ) ) {
		return $content;
	}

	$list  = '<section class="footnotes" aria-labelledby="footnotes-title-' . $post_id . '">';
	$list .= '<h2 class="footnotes__title" id="footnotes-title-' . $post_id . '">' . esc_html__( 'Fotnoter', 'dossier' ) . '</h2>';
	$list .= '<ol class="footnotes__list">';
	foreach ( $notes as $i => $note ) {
		$n     = $i + 1;
		$list .= sprintf(
			'<li class="footnotes__item" id="fn-%1$d-%2$d">%3$s <a class="footnotes__back" href="#fnref-%1$d-%2$d" aria-label="%4$s">↩</a></li>',
			$post_id,
			$n,
			wp_kses_post( $note ),
			esc_attr__( 'Tillbaka till texten', 'dossier' )
		);
	}
	$list .= '</ol></section>';

	return $content . "\n" . $list;
}
add_filter( 'the_content', 'dossier_footnotes_filter', 14 );
