<?php
/**
 * Mallfunktioner: brödsmulor, undermeny, datum, sidnumrering m.m.
 *
 * @package Kommun
 */

/**
 * Kort svenskt datum för kommentarer: "14 sep 2018 kl. 16.40".
 *
 * @param int|WP_Comment|null $comment Kommentar.
 * @param bool                $med_tid Ta med klockslag.
 * @return string
 */
function kommun_kort_datum( $comment = null, $med_tid = true ) {
	$manader = array( 1 => 'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec' );
	$comment = get_comment( $comment );

	if ( ! $comment ) {
		return '';
	}

	// comment_date är redan i webbplatsens tidszon (Europe/Stockholm).
	$datum = mysql2date( 'j', $comment->comment_date, false ) . ' '
		. $manader[ (int) mysql2date( 'n', $comment->comment_date, false ) ] . ' '
		. mysql2date( 'Y', $comment->comment_date, false );

	if ( $med_tid ) {
		$datum .= ' kl. ' . mysql2date( 'H.i', $comment->comment_date, false );
	}

	return $datum;
}

/**
 * Id för sidan som är "bloggsektionen" (inläggssidan), eller 0.
 *
 * @return int
 */
function kommun_bloggsida_id() {
	return ( 'page' === get_option( 'show_on_front' ) ) ? (int) get_option( 'page_for_posts' ) : 0;
}

/**
 * Brödsmulor: "Du är här: Start / Om oss / VD-bloggen / Rubrik".
 */
function kommun_brodsmulor() {
	if ( is_front_page() ) {
		return;
	}

	$smulor   = array();
	$smulor[] = array( 'Start', home_url( '/' ) );

	$bloggsida = kommun_bloggsida_id();

	// Bloggsektionen med eventuella föräldrasidor (t.ex. Om oss).
	$lagg_till_blogg = function () use ( &$smulor, $bloggsida ) {
		if ( $bloggsida ) {
			foreach ( array_reverse( get_post_ancestors( $bloggsida ) ) as $forfader ) {
				$smulor[] = array( get_the_title( $forfader ), get_permalink( $forfader ) );
			}
			$smulor[] = array( get_the_title( $bloggsida ), get_permalink( $bloggsida ) );
		} else {
			$smulor[] = array( 'VD-bloggen', home_url( '/' ) );
		}
	};

	if ( is_home() ) {
		if ( $bloggsida ) {
			foreach ( array_reverse( get_post_ancestors( $bloggsida ) ) as $forfader ) {
				$smulor[] = array( get_the_title( $forfader ), get_permalink( $forfader ) );
			}
			$smulor[] = array( get_the_title( $bloggsida ), '' );
		} else {
			$smulor[] = array( 'VD-bloggen', '' );
		}
	} elseif ( is_single() ) {
		$lagg_till_blogg();
		$smulor[] = array( get_the_title(), '' );
	} elseif ( is_page() ) {
		foreach ( array_reverse( get_post_ancestors( get_queried_object_id() ) ) as $forfader ) {
			$smulor[] = array( get_the_title( $forfader ), get_permalink( $forfader ) );
		}
		$smulor[] = array( get_the_title(), '' );
	} elseif ( is_category() || is_tag() ) {
		$lagg_till_blogg();
		$smulor[] = array( single_term_title( '', false ), '' );
	} elseif ( is_author() ) {
		$lagg_till_blogg();
		$smulor[] = array( 'Skribent: ' . get_the_author_meta( 'display_name', get_queried_object_id() ), '' );
	} elseif ( is_date() ) {
		$lagg_till_blogg();
		$smulor[] = array( wp_strip_all_tags( get_the_archive_title() ), '' );
	} elseif ( is_search() ) {
		$smulor[] = array( 'Sök', '' );
	} elseif ( is_404() ) {
		$smulor[] = array( 'Sidan hittades inte', '' );
	} elseif ( is_archive() ) {
		$smulor[] = array( wp_strip_all_tags( get_the_archive_title() ), '' );
	}

	echo '<nav class="brodsmulor rs_skip" aria-label="Brödsmulor">';
	echo '<span class="brodsmulor__etikett">Du är här:</span> <ol>';
	$antal = count( $smulor );
	foreach ( $smulor as $i => $smula ) {
		if ( $i === $antal - 1 || '' === $smula[1] ) {
			printf( '<li><span aria-current="page">%s</span></li>', esc_html( $smula[0] ) );
		} else {
			printf( '<li><a href="%s">%s</a></li>', esc_url( $smula[1] ), esc_html( $smula[0] ) );
		}
	}
	echo '</ol></nav>';
}

/**
 * Vänster undermeny med sektionens sidor.
 */
function kommun_undermeny() {
	$bloggsida = kommun_bloggsida_id();
	$sektion   = 0;

	if ( is_page() ) {
		$forfader = get_post_ancestors( get_queried_object_id() );
		$sektion  = $forfader ? end( $forfader ) : get_queried_object_id();
	} elseif ( $bloggsida ) {
		$forfader = get_post_ancestors( $bloggsida );
		$sektion  = $forfader ? end( $forfader ) : $bloggsida;
	}

	echo '<nav class="undermeny rs_skip" aria-labelledby="undermeny-rubrik">';

	if ( $sektion ) {
		printf(
			'<h2 id="undermeny-rubrik" class="undermeny__rubrik"><a href="%s">%s</a></h2>',
			esc_url( get_permalink( $sektion ) ),
			esc_html( get_the_title( $sektion ) )
		);

		$args = array(
			'child_of'    => $sektion,
			'title_li'    => '',
			'echo'        => 0,
			'sort_column' => 'menu_order, post_title',
		);
		$sidor = wp_list_pages( $args );
		if ( $sidor ) {
			echo '<ul class="undermeny__lista">' . $sidor . '</ul>'; // phpcs:ignore WordPress.Security.EscapeOutput
		}
	} else {
		echo '<h2 id="undermeny-rubrik" class="undermeny__rubrik"><a href="' . esc_url( home_url( '/' ) ) . '">VD-bloggen</a></h2>';
	}

	// Ämnen i bloggen.
	if ( ! is_page() ) {
		echo '<h3 class="undermeny__underrubrik">Ämnen</h3>';
		echo '<ul class="undermeny__lista undermeny__lista--amnen">';
		wp_list_categories( array(
			'title_li'   => '',
			'show_count' => false,
			'hide_empty' => true,
		) );
		echo '</ul>';
	}

	echo '</nav>';

	if ( is_active_sidebar( 'undermeny' ) ) {
		echo '<div class="undermeny-widgetar">';
		dynamic_sidebar( 'undermeny' );
		echo '</div>';
	}
}

/**
 * Sidnumrering för listor: "Föregående / Nästa / Sida 2 av 4".
 */
function kommun_sidnumrering() {
	global $wp_query;

	$totalt = (int) $wp_query->max_num_pages;
	if ( $totalt < 2 ) {
		return;
	}
	$aktuell = max( 1, (int) get_query_var( 'paged' ) );

	echo '<nav class="sidnumrering rs_skip" aria-label="Sidnumrering">';

	if ( $aktuell > 1 ) {
		printf( '<a class="sidnumrering__foregaende" href="%s">Föregående</a>', esc_url( get_previous_posts_page_link() ) );
	}

	printf( '<span class="sidnumrering__sida">Sida %d av %d</span>', (int) $aktuell, (int) $totalt );

	if ( $aktuell < $totalt ) {
		printf( '<a class="sidnumrering__nasta" href="%s">Nästa</a>', esc_url( get_next_posts_page_link( $totalt ) ) );
	}

	echo '</nav>';
}

/**
 * Fallback för huvudmenyn: toppnivåsidor med undersidor som megameny.
 */
function kommun_megameny_fallback() {
	$toppsidor = get_pages( array(
		'parent'      => 0,
		'sort_column' => 'menu_order, post_title',
	) );

	echo '<ul id="megameny-lista" class="megameny__lista">';
	printf( '<li class="megameny__objekt"><a class="megameny__lank" href="%s">Start</a></li>', esc_url( home_url( '/' ) ) );

	foreach ( $toppsidor as $sida ) {
		$barn = get_pages( array(
			'parent'      => $sida->ID,
			'sort_column' => 'menu_order, post_title',
		) );

		echo '<li class="megameny__objekt' . ( $barn ? ' megameny__objekt--har-panel' : '' ) . '">';
		printf( '<a class="megameny__lank" href="%s">%s</a>', esc_url( get_permalink( $sida ) ), esc_html( get_the_title( $sida ) ) );

		if ( $barn ) {
			printf(
				'<button type="button" class="megameny__knapp" aria-expanded="false" aria-controls="megameny-panel-%1$d"><span class="visually-hidden">Visa undersidor till %2$s</span></button>',
				(int) $sida->ID,
				esc_html( get_the_title( $sida ) )
			);
			printf( '<div id="megameny-panel-%d" class="megameny__panel"><ul class="megameny__undermeny">', (int) $sida->ID );
			foreach ( $barn as $b ) {
				printf( '<li><a href="%s">%s</a></li>', esc_url( get_permalink( $b ) ), esc_html( get_the_title( $b ) ) );
			}
			echo '</ul></div>';
		}
		echo '</li>';
	}

	echo '</ul>';
}

/**
 * Sidfakta längst ner: publicerad, senast ändrad, skribent, ämnen.
 */
function kommun_sidfakta() {
	get_template_part( 'template-parts/sidfakta' );
}
