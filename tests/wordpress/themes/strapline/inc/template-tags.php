<?php
/**
 * Custom template tags for this theme
 *
 * Eventually, some of the functionality here could be replaced by core features.
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

if ( ! function_exists( 'strapline_short_date' ) ) {
	/**
	 * Short Swedish date, "14 sep 2018".
	 *
	 * WordPress' sv_SE strings capitalise the month abbreviations ("Sep"),
	 * the client wanted lower case, so we map the month ourselves.
	 *
	 * @param string $which 'published' or 'modified'.
	 * @param mixed  $post  Post.
	 * @return string
	 */
	function strapline_short_date( $which = 'published', $post = null ) {
		$months = array( 1 => 'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec' );

		if ( 'modified' === $which ) {
			$day   = get_the_modified_date( 'j', $post );
			$month = (int) get_the_modified_date( 'n', $post );
			$year  = get_the_modified_date( 'Y', $post );
		} else {
			$day   = get_the_date( 'j', $post );
			$month = (int) get_the_date( 'n', $post );
			$year  = get_the_date( 'Y', $post );
		}

		return $day . ' ' . ( $months[ $month ] ?? '' ) . ' ' . $year;
	}
}

if ( ! function_exists( 'strapline_posted_on' ) ) {
	/**
	 * Prints HTML with meta information for the current post-date/time and author.
	 * Format "14 sep 2018" (see strapline_short_date()).
	 */
	function strapline_posted_on() {
		$time_string = '<time class="entry-date published updated" datetime="%1$s">%2$s</time>';
		if ( get_the_time( 'U' ) !== get_the_modified_time( 'U' ) ) {
			$time_string = '<time class="entry-date published" datetime="%1$s">%2$s</time><time class="updated d-none" datetime="%3$s">%4$s</time>';
		}
		$time_string = sprintf(
			$time_string,
			esc_attr( get_the_date( 'c' ) ),
			esc_html( strapline_short_date() ),
			esc_attr( get_the_modified_date( 'c' ) ),
			esc_html( strapline_short_date( 'modified' ) )
		);

		$posted_on = apply_filters(
			'strapline_posted_on',
			sprintf(
				'<span class="posted-on">%1$s <a href="%2$s" rel="bookmark">%3$s</a></span>',
				esc_html_x( 'Publicerad', 'post date', 'strapline' ),
				esc_url( get_permalink() ),
				apply_filters( 'strapline_posted_on_time', $time_string )
			)
		);

		$author_id = (int) get_the_author_meta( 'ID' );
		$byline    = apply_filters(
			'strapline_posted_by',
			sprintf(
				'<span class="byline"> %1$s <span class="author vcard"><a class="url fn n" href="%2$s">%3$s</a></span></span>',
				esc_html_x( 'av', 'post author', 'strapline' ),
				esc_url( get_author_posts_url( $author_id ) ),
				esc_html( get_the_author_meta( 'display_name', $author_id ) )
			)
		);

		echo '<small class="text-muted">' . $posted_on . $byline . '</small>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	}
}

if ( ! function_exists( 'strapline_category_badges' ) ) {
	/**
	 * Category badges.
	 *
	 * @param string $label Optional label before the badges.
	 */
	function strapline_category_badges( $label = '' ) {
		$categories = get_the_category();
		if ( empty( $categories ) ) {
			return;
		}
		echo '<div class="cat-links mb-2">';
		if ( $label ) {
			echo '<span class="me-1">' . esc_html( $label ) . '</span>';
		}
		foreach ( $categories as $category ) {
			printf(
				'<a href="%1$s" class="badge bg-secondary text-decoration-none me-1" rel="category tag">%2$s</a>',
				esc_url( get_category_link( $category->term_id ) ),
				esc_html( $category->name )
			);
		}
		echo '</div>';
	}
}

if ( ! function_exists( 'strapline_tag_badges' ) ) {
	/**
	 * Tag badges.
	 *
	 * @param string $label Optional label before the badges.
	 */
	function strapline_tag_badges( $label = '' ) {
		$tags = get_the_tags();
		if ( empty( $tags ) || is_wp_error( $tags ) ) {
			return;
		}
		echo '<div class="tags-links mb-2">';
		if ( $label ) {
			echo '<span class="me-1">' . esc_html( $label ) . '</span>';
		}
		foreach ( $tags as $post_tag ) {
			printf(
				'<a href="%1$s" class="badge bg-secondary text-decoration-none me-1" rel="tag">%2$s</a>',
				esc_url( get_tag_link( $post_tag->term_id ) ),
				esc_html( $post_tag->name )
			);
		}
		echo '</div>';
	}
}

if ( ! function_exists( 'strapline_entry_footer' ) ) {
	/**
	 * Prints HTML with meta information for the categories, tags and comments.
	 */
	function strapline_entry_footer() {
		if ( 'post' === get_post_type() ) {
			strapline_category_badges( __( 'Kategorier:', 'strapline' ) );
			strapline_tag_badges( __( 'Etiketter:', 'strapline' ) );
		}

		if ( ! is_single() && ! post_password_required() && ( comments_open() || get_comments_number() ) ) {
			echo '<span class="comments-link small">';
			comments_popup_link(
				__( 'Lämna en kommentar', 'strapline' ),
				__( '1 kommentar', 'strapline' ),
				__( '% kommentarer', 'strapline' )
			);
			echo '</span>';
		}

		edit_post_link(
			sprintf(
				/* translators: %s: Name of current post */
				esc_html__( 'Redigera %s', 'strapline' ),
				the_title( '<span class="screen-reader-text">"', '"</span>', false )
			),
			'<span class="edit-link small ms-2">',
			'</span>'
		);
	}
}

if ( ! function_exists( 'strapline_post_nav' ) ) {
	/**
	 * Display navigation to next/previous post when applicable.
	 */
	function strapline_post_nav() {
		// Don't print empty markup if there's nowhere to navigate.
		$previous = ( is_attachment() ) ? get_post( get_post()->post_parent ) : get_adjacent_post( false, '', true );
		$next     = get_adjacent_post( false, '', false );

		if ( ! $next && ! $previous ) {
			return;
		}
		?>
		<nav class="container navigation post-navigation my-4 px-0">
			<h2 class="screen-reader-text"><?php esc_html_e( 'Inläggsnavigering', 'strapline' ); ?></h2>
			<div class="d-flex nav-links justify-content-between">
				<?php
				if ( get_previous_post_link() ) {
					previous_post_link( '<span class="nav-previous">%link</span>', _x( '&laquo;&nbsp;%title', 'Previous post link', 'strapline' ) );
				}
				if ( get_next_post_link() ) {
					next_post_link( '<span class="nav-next">%link</span>', _x( '%title&nbsp;&raquo;', 'Next post link', 'strapline' ) );
				}
				?>
			</div><!-- .nav-links -->
		</nav><!-- .navigation -->
		<?php
	}
}

if ( ! function_exists( 'strapline_link_pages' ) ) {
	/**
	 * Displays/retrieves page links for paginated posts (<!--nextpage-->).
	 */
	function strapline_link_pages() {
		wp_link_pages(
			array(
				'before' => '<div class="page-links">' . esc_html__( 'Sidor:', 'strapline' ),
				'after'  => '</div>',
			)
		);
	}
}
