<?php
/**
 * Post meta line ("av Författare | datum | kategorier | kommentarer").
 *
 * @package Diva
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Author posts link, as the builder prints it.
 *
 * @return string
 */
function diva_get_the_author_posts_link() {
	global $authordata;

	if ( ! is_object( $authordata ) ) {
		return '';
	}

	$link = sprintf(
		'<a href="%1$s" title="%2$s" rel="author">%3$s</a>',
		esc_url( get_author_posts_url( $authordata->ID, $authordata->user_nicename ) ),
		esc_attr( sprintf( 'Inlägg av %s', get_the_author() ) ),
		esc_html( get_the_author() )
	);

	return apply_filters( 'the_author_posts_link', $link );
}

/**
 * Comment count link for the meta line.
 *
 * @param string $zero Zero comments text.
 * @param string $one  One comment text.
 * @param string $more More comments text (% = number).
 * @return string
 */
function diva_get_comments_popup_link( $zero, $one, $more ) {
	$number = (int) get_comments_number( get_the_ID() );

	if ( 0 === $number && ! comments_open() && ! pings_open() ) {
		return '';
	}

	if ( $number > 1 ) {
		$output = str_replace( '%', number_format_i18n( $number ), $more );
	} elseif ( 0 === $number ) {
		$output = $zero;
	} else {
		$output = $one;
	}

	return '<span class="comments-number"><a href="' . esc_url( get_permalink() . '#respond' ) . '">' . apply_filters( 'comments_number', $output, $number ) . '</a></span>';
}

/**
 * Build the meta line.
 *
 * @param array  $postinfo     Parts to show: author, date, categories, comments.
 * @param string $comment_zero Zero comments text.
 * @param string $comment_one  One comment text.
 * @param string $comment_more More comments text.
 * @return string
 */
function diva_postinfo_meta( $postinfo, $comment_zero, $comment_one, $comment_more ) {
	$postinfo_meta = '';

	if ( in_array( 'author', $postinfo, true ) ) {
		$postinfo_meta .= ' av <span class="author vcard">' . diva_get_the_author_posts_link() . '</span>';
	}

	if ( in_array( 'date', $postinfo, true ) ) {
		if ( in_array( 'author', $postinfo, true ) ) {
			$postinfo_meta .= ' | ';
		}
		$postinfo_meta .= '<span class="published">' . esc_html( diva_get_post_date() ) . '</span>';
	}

	if ( in_array( 'categories', $postinfo, true ) ) {
		$categories_list = get_the_category_list( ', ' );

		if ( '' !== $categories_list ) {
			if ( in_array( 'author', $postinfo, true ) || in_array( 'date', $postinfo, true ) ) {
				$postinfo_meta .= ' | ';
			}
			$postinfo_meta .= $categories_list;
		}
	}

	if ( in_array( 'comments', $postinfo, true ) ) {
		if ( in_array( 'author', $postinfo, true ) || in_array( 'date', $postinfo, true ) || in_array( 'categories', $postinfo, true ) ) {
			$postinfo_meta .= ' | ';
		}
		$postinfo_meta .= diva_get_comments_popup_link( '0 kommentarer', '1 kommentar', '% kommentarer' );
	}

	return $postinfo_meta;
}

/**
 * Print the meta line for the current post.
 */
function diva_post_meta() {
	$postinfo = is_single()
		? get_theme_mod( 'diva_postinfo2', array( 'author', 'date', 'categories', 'comments' ) )
		: get_theme_mod( 'diva_postinfo1', array( 'author', 'date', 'categories', 'comments' ) );

	if ( $postinfo ) {
		echo '<p class="post-meta">';
		echo diva_postinfo_meta( (array) $postinfo, '0 kommentarer', '1 kommentar', '% kommentarer' ); // phpcs:ignore WordPress.Security.EscapeOutput
		echo '</p>';
	}
}
