<?php
/**
 * Filter och krokar: ”Läs också”-rutan, utdrag, body-klasser, strukturerad data.
 *
 * @package Courant
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Extra body-klasser.
 *
 * @param string[] $classes Klasser.
 * @return string[]
 */
function courant_body_classes( $classes ) {
	if ( ! is_404() ) {
		$classes[] = 'has-sidebar';
	}
	if ( is_singular( 'post' ) ) {
		$classes[] = 'courant-article-view';
	}
	return $classes;
}
add_filter( 'body_class', 'courant_body_classes' );

/**
 * Kortare utdrag i nyhetslistor.
 *
 * @param int $length Antal ord.
 * @return int
 */
function courant_excerpt_length( $length ) {
	return is_admin() ? $length : 28;
}
add_filter( 'excerpt_length', 'courant_excerpt_length', 20 );

/**
 * Utdragets ”mer”-tecken.
 *
 * @param string $more Text.
 * @return string
 */
function courant_excerpt_more( $more ) {
	return is_admin() ? $more : '&hellip;';
}
add_filter( 'excerpt_more', 'courant_excerpt_more' );

/**
 * Kontrollerar att en HTML-bit inte slutar inne i något av de angivna elementen.
 *
 * @param string   $html HTML fram till en position.
 * @param string[] $tags Element som inte får vara öppna.
 * @return bool
 */
function courant_is_outside( $html, $tags ) {
	foreach ( $tags as $tag ) {
		$open  = preg_match_all( '#<' . $tag . '(\s[^>]*)?>#i', $html );
		$close = preg_match_all( '#</' . $tag . '\s*>#i', $html );
		if ( $open > $close ) {
			return false;
		}
	}
	return true;
}

/**
 * Stoppar in HTML efter stycke nummer $n. Hittas inte så många stycken
 * läggs rutan sist.
 *
 * @param string $content Innehåll.
 * @param string $insert  HTML att stoppa in.
 * @param int    $n       Styckenummer.
 * @return string
 */
function courant_insert_after_paragraph( $content, $insert, $n = 2 ) {
	// Först stycken på översta nivån, annars stycken som inte ligger i citat, listor, tabeller eller figurer.
	$passes = array(
		array( 'blockquote', 'div', 'figure', 'ul', 'ol', 'table', 'details', 'aside', 'section' ),
		array( 'blockquote', 'figure', 'ul', 'ol', 'table', 'details', 'aside' ),
	);

	foreach ( $passes as $tags ) {
		$offset = 0;
		$count  = 0;
		while ( false !== ( $pos = stripos( $content, '</p>', $offset ) ) ) { // phpcs:ignore WordPress.CodeAnalysis.AssignmentInCondition.FoundInWhileCondition
			$end    = $pos + 4;
			$offset = $end;
			if ( courant_is_outside( substr( $content, 0, $end ), $tags ) ) {
				$count++;
				if ( $count === $n ) {
					return substr( $content, 0, $end ) . $insert . substr( $content, $end );
				}
			}
		}
	}

	return $content . $insert;
}

/**
 * Två andra inlägg till ”Läs också”: helst ur samma kategori, annars de senaste.
 * Inlägget som visas som ”Nästa artikel” undviks om det går.
 *
 * @param int $post_id Aktuellt inlägg.
 * @return WP_Post[]
 */
function courant_get_read_also_posts( $post_id ) {
	$exclude = array( $post_id );
	$next    = courant_get_next_article();
	$avoid   = $next ? array( $next->ID ) : array();

	$base = array(
		'post_type'        => 'post',
		'post_status'      => 'publish',
		'numberposts'      => 2,
		'has_password'     => false,
		'suppress_filters' => false,
	);

	$found      = array();
	$categories = wp_get_post_categories( $post_id );
	$attempts   = array();
	if ( $categories ) {
		$attempts[] = array(
			'category__in' => $categories,
			'exclude'      => array_merge( $exclude, $avoid ),
		);
	}
	$attempts[] = array( 'exclude' => array_merge( $exclude, $avoid ) );
	$attempts[] = array( 'exclude' => $exclude );

	foreach ( $attempts as $attempt ) {
		if ( count( $found ) >= 2 ) {
			break;
		}
		$attempt['exclude'] = array_merge( $attempt['exclude'], wp_list_pluck( $found, 'ID' ) );
		$args               = array_merge( $base, $attempt, array( 'numberposts' => 2 - count( $found ) ) );
		// get_posts() använder post__not_in för 'exclude'.
		$found = array_merge( $found, get_posts( $args ) );
	}

	return array_slice( $found, 0, 2 );
}

/**
 * Bygger ”Läs också”-rutan.
 *
 * @param WP_Post[] $posts Inlägg.
 * @return string HTML.
 */
function courant_get_read_also_box( $posts ) {
	$html  = '<aside class="read-also" aria-label="' . esc_attr__( 'Läs också', 'courant' ) . '">';
	$html .= '<p class="read-also-label">' . esc_html__( 'Läs också', 'courant' ) . '</p>';
	$html .= '<ul class="read-also-list">';
	foreach ( $posts as $item ) {
		$thumb = has_post_thumbnail( $item ) ? get_the_post_thumbnail( $item, 'courant-thumb', array( 'class' => 'read-also-thumb', 'alt' => '' ) ) : '';
		$html .= sprintf(
			'<li class="read-also-item"><a class="read-also-link" href="%1$s">%2$s<span class="read-also-text"><span class="read-also-title">%3$s</span><time class="read-also-date" datetime="%4$s">%5$s</time></span></a></li>',
			esc_url( get_permalink( $item ) ),
			$thumb,
			esc_html( wp_strip_all_tags( get_the_title( $item ) ) ),
			esc_attr( get_the_date( DATE_W3C, $item ) ),
			esc_html( get_the_date( '', $item ) )
		);
	}
	$html .= '</ul></aside>';
	return $html;
}

/**
 * the_content-filter: stoppar in ”Läs också” efter andra stycket i den artikel
 * som visas (inte i ”Nästa artikel”, inte i utdrag, inte för skyddade inlägg).
 *
 * @param string $content Innehåll.
 * @return string
 */
function courant_read_also_filter( $content ) {
	static $running = false;

	if ( $running || is_admin() || is_feed() || ! is_singular( 'post' ) || ! in_the_loop() ) {
		return $content;
	}
	if ( get_the_ID() !== get_queried_object_id() || post_password_required() ) {
		return $content;
	}
	if ( doing_filter( 'get_the_excerpt' ) || '' === trim( $content ) ) {
		return $content;
	}
	// Bara på första sidan i ett sidindelat inlägg.
	if ( (int) get_query_var( 'page' ) > 1 ) {
		return $content;
	}

	$running = true;
	$posts   = courant_get_read_also_posts( get_the_ID() );
	if ( $posts ) {
		$content = courant_insert_after_paragraph( $content, courant_get_read_also_box( $posts ), 2 );
	}
	$running = false;

	return $content;
}
add_filter( 'the_content', 'courant_read_also_filter', 20 );

/**
 * Strukturerad data (NewsArticle) för enskilda inlägg, som nyhetsteman brukar ha.
 */
function courant_news_article_schema() {
	if ( ! is_singular( 'post' ) ) {
		return;
	}
	$post = get_queried_object();
	if ( ! $post instanceof WP_Post ) {
		return;
	}

	$data = array(
		'@context'         => 'https://schema.org',
		'@type'            => 'NewsArticle',
		'mainEntityOfPage' => get_permalink( $post ),
		'headline'         => wp_strip_all_tags( get_the_title( $post ) ),
		'datePublished'    => get_the_date( DATE_W3C, $post ),
		'dateModified'     => get_the_modified_date( DATE_W3C, $post ),
		'author'           => array(
			'@type' => 'Person',
			'name'  => get_the_author_meta( 'display_name', $post->post_author ),
			'url'   => get_author_posts_url( $post->post_author ),
		),
		'publisher'        => array(
			'@type' => 'Organization',
			'name'  => get_bloginfo( 'name' ),
		),
	);
	if ( ! post_password_required( $post ) ) {
		if ( has_excerpt( $post ) ) {
			$data['description'] = wp_strip_all_tags( get_the_excerpt( $post ) );
		}
		if ( has_post_thumbnail( $post ) ) {
			$data['image'] = get_the_post_thumbnail_url( $post, 'full' );
		}
	}

	echo '<script type="application/ld+json">' . wp_json_encode( $data, JSON_UNESCAPED_UNICODE | JSON_HEX_TAG ) . '</script>' . "\n";
}
add_action( 'wp_head', 'courant_news_article_schema' );

/**
 * Arkivrubriker utan engelskt prefix: temat visar i stället en egen liten
 * etikett ovanför rubriken (se courant_archive_label()).
 *
 * @param string $prefix Prefix.
 * @return string
 */
function courant_archive_title_prefix( $prefix ) {
	return is_admin() ? $prefix : '';
}
add_filter( 'get_the_archive_title_prefix', 'courant_archive_title_prefix' );

/**
 * Liten etikett som talar om vilken sorts arkiv som visas.
 *
 * @return string
 */
function courant_archive_label() {
	if ( is_category() ) {
		return __( 'Kategori', 'courant' );
	}
	if ( is_tag() ) {
		return __( 'Ämne', 'courant' );
	}
	if ( is_author() ) {
		return __( 'Skribent', 'courant' );
	}
	if ( is_year() ) {
		return __( 'Arkiv för året', 'courant' );
	}
	if ( is_month() ) {
		return __( 'Arkiv för månaden', 'courant' );
	}
	if ( is_day() ) {
		return __( 'Arkiv för dagen', 'courant' );
	}
	if ( is_tax() ) {
		$taxonomy = get_taxonomy( get_queried_object()->taxonomy );
		return $taxonomy ? $taxonomy->labels->singular_name : __( 'Arkiv', 'courant' );
	}
	return __( 'Arkiv', 'courant' );
}

/**
 * Svensk text för samtyckesrutan i kommentarsformuläret.
 *
 * @param string[] $fields Fält.
 * @return string[]
 */
function courant_comment_form_fields( $fields ) {
	if ( isset( $fields['cookies'] ) ) {
		$fields['cookies'] = preg_replace(
			'#(<label for="wp-comment-cookies-consent">).*?(</label>)#s',
			'$1' . esc_html__( 'Spara mitt namn, min e-postadress och webbplats i den här webbläsaren till nästa gång jag skriver en kommentar.', 'courant' ) . '$2',
			$fields['cookies']
		);
	}
	return $fields;
}
add_filter( 'comment_form_default_fields', 'courant_comment_form_fields' );
