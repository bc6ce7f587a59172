<?php
/**
 * Template tags used across Harbor's templates.
 *
 * @package Harbor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'harbor_posted_on' ) ) :
	/**
	 * Publication date (and the modified date when it differs by day).
	 *
	 * Dates are printed with the site's date format; the datetime attribute
	 * carries an ISO 8601 / W3C timestamp.
	 *
	 * @param bool $link Whether to link the date to the post permalink.
	 */
	function harbor_posted_on( $link = true ) {
		$published = sprintf(
			'<time class="harbor-date entry-date published" datetime="%1$s">%2$s</time>',
			esc_attr( get_the_date( DATE_W3C ) ),
			esc_html( get_the_date() )
		);

		if ( $link ) {
			$published = sprintf(
				'<a href="%1$s" rel="bookmark">%2$s</a>',
				esc_url( get_permalink() ),
				$published
			);
		}

		printf(
			'<span class="harbor-meta__item harbor-meta__date"><span class="harbor-meta__label">%1$s</span> %2$s</span>',
			esc_html__( 'Published', 'harbor' ),
			$published // phpcs:ignore WordPress.Security.EscapeOutput -- escaped above.
		);

		if ( get_the_modified_date( 'Y-m-d' ) !== get_the_date( 'Y-m-d' ) ) {
			printf(
				'<span class="harbor-meta__item harbor-meta__updated"><span class="harbor-meta__label">%1$s</span> <time class="harbor-date updated" datetime="%2$s">%3$s</time></span>',
				esc_html__( 'Updated', 'harbor' ),
				esc_attr( get_the_modified_date( DATE_W3C ) ),
				esc_html( get_the_modified_date() )
			);
		}
	}
endif;

if ( ! function_exists( 'harbor_posted_by' ) ) :
	/**
	 * Author name linked to the author archive.
	 */
	function harbor_posted_by() {
		printf(
			'<span class="harbor-meta__item harbor-meta__author"><span class="harbor-meta__label">%1$s</span> <span class="author vcard"><a class="url fn n" href="%2$s">%3$s</a></span></span>',
			esc_html__( 'by', 'harbor' ),
			esc_url( get_author_posts_url( (int) get_the_author_meta( 'ID' ) ) ),
			esc_html( get_the_author() )
		);
	}
endif;

if ( ! function_exists( 'harbor_post_categories' ) ) :
	/**
	 * Category list for posts.
	 */
	function harbor_post_categories() {
		if ( 'post' !== get_post_type() ) {
			return;
		}

		/* translators: Used between list items, there is a space after the comma. */
		$categories = get_the_category_list( esc_html__( ', ', 'harbor' ) );
		if ( $categories ) {
			printf(
				'<span class="harbor-meta__item harbor-meta__cats"><span class="harbor-meta__label">%1$s</span> %2$s</span>',
				esc_html__( 'in', 'harbor' ),
				$categories // phpcs:ignore WordPress.Security.EscapeOutput -- core markup.
			);
		}
	}
endif;

if ( ! function_exists( 'harbor_comments_count_link' ) ) :
	/**
	 * Link to the comments section, when it makes sense.
	 */
	function harbor_comments_count_link() {
		if ( post_password_required() || ( ! comments_open() && ! get_comments_number() ) ) {
			return;
		}

		echo '<span class="harbor-meta__item harbor-meta__comments">';
		comments_popup_link(
			esc_html__( 'Leave a comment', 'harbor' ),
			esc_html__( '1 comment', 'harbor' ),
			esc_html__( '% comments', 'harbor' )
		);
		echo '</span>';
	}
endif;

if ( ! function_exists( 'harbor_entry_tags' ) ) :
	/**
	 * Tag list for posts.
	 */
	function harbor_entry_tags() {
		if ( 'post' !== get_post_type() ) {
			return;
		}

		$tags = get_the_tag_list( '', '' );
		if ( $tags && ! is_wp_error( $tags ) ) {
			printf(
				'<div class="harbor-tags"><span class="harbor-tags__label">%1$s</span> %2$s</div>',
				esc_html__( 'Tagged', 'harbor' ),
				$tags // phpcs:ignore WordPress.Security.EscapeOutput -- core markup.
			);
		}
	}
endif;

if ( ! function_exists( 'harbor_edit_link' ) ) :
	/**
	 * Edit link for logged-in editors.
	 */
	function harbor_edit_link() {
		edit_post_link(
			sprintf(
				/* translators: %s: Post title, only visible to screen readers. */
				esc_html__( 'Edit %s', 'harbor' ),
				'<span class="screen-reader-text">' . esc_html( get_the_title() ) . '</span>'
			),
			'<span class="harbor-edit-link">',
			'</span>'
		);
	}
endif;

if ( ! function_exists( 'harbor_post_thumbnail' ) ) :
	/**
	 * Featured image; linked on listings.
	 *
	 * @param string $size Image size.
	 */
	function harbor_post_thumbnail( $size = 'post-thumbnail' ) {
		if ( post_password_required() || is_attachment() || ! has_post_thumbnail() ) {
			return;
		}

		if ( is_singular() ) {
			echo '<figure class="harbor-featured">';
			the_post_thumbnail( $size );
			echo '</figure>';
			return;
		}

		printf(
			'<a class="harbor-featured harbor-featured--link" href="%s" aria-hidden="true" tabindex="-1">',
			esc_url( get_permalink() )
		);
		the_post_thumbnail(
			$size,
			array(
				'alt' => the_title_attribute( array( 'echo' => false ) ),
			)
		);
		echo '</a>';
	}
endif;
