<?php
/**
 * Infogning i artikeltexten: "Läs även"-ruta efter andra stycket och
 * annons (content_inline) efter fjärde stycket, på samma sätt som tagDiv
 * räknar öppnande <p>-taggar.
 *
 * @package Tidning
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * "Läs även"-rutan.
 *
 * @param int $post_id Inläggs-ID.
 * @return string
 */
function tidning_read_also_box( $post_id ) {
	$cats  = wp_get_post_categories( $post_id );
	$posts = tidning_block_posts( 'latest', 3, array(
		'category__in' => $cats,
		'post__not_in' => array( $post_id ),
		'orderby'      => 'rand',
	) );
	if ( empty( $posts ) ) {
		return '';
	}
	$out  = '<aside class="td-inline-related td_block_wrap">';
	$out .= '<div class="td-inline-related-title">' . esc_html__( 'Läs även', 'tidning' ) . '</div><ul>';
	foreach ( $posts as $p ) {
		$out .= '<li><a href="' . esc_url( get_permalink( $p ) ) . '" title="' . esc_attr( wp_strip_all_tags( get_the_title( $p ) ) ) . '">' . esc_html( wp_strip_all_tags( get_the_title( $p ) ) ) . '</a></li>';
	}
	$out .= '</ul></aside>';
	return $out;
}

/**
 * Filter på the_content.
 *
 * @param string $content Innehåll.
 * @return string
 */
function tidning_inject_content( $content ) {
	if ( is_feed() || ! is_singular( 'post' ) || ! in_the_loop() || ! is_main_query() ) {
		return $content;
	}
	$post_id = get_the_ID();
	if ( (int) get_queried_object_id() !== (int) $post_id || post_password_required( $post_id ) ) {
		return $content;
	}

	$inject = array(
		3 => tidning_read_also_box( $post_id ), // före tredje <p> = efter andra stycket.
		5 => tidning_get_ad( 'content_inline' ), // före femte <p>.
	);

	$parts  = preg_split( '/(<p(?:\s[^>]*)?>)/', $content, -1, PREG_SPLIT_DELIM_CAPTURE );
	$buffer = '';
	$count  = 0;
	foreach ( $parts as $part ) {
		if ( '' === $part ) {
			continue;
		}
		if ( 1 === preg_match( '/^<p(?:\s[^>]*)?>$/', $part ) ) {
			$count++;
			if ( ! empty( $inject[ $count ] ) ) {
				$buffer .= $inject[ $count ];
			}
		}
		$buffer .= $part;
	}
	return $buffer;
}
add_filter( 'the_content', 'tidning_inject_content', 20 );
