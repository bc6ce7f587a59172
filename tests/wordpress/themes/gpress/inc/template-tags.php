<?php
/**
 * Template tags: navigering, utvald bild, utdrag, arkivrubriker.
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'generate_content_nav' ) ) {
	/**
	 * Display navigation to next/previous pages when applicable.
	 *
	 * @param string $nav_id The id of our navigation.
	 */
	function generate_content_nav( $nav_id ) {
		global $wp_query, $post;

		// Don't print empty markup on single pages if there's nowhere to navigate.
		if ( is_single() ) {
			$previous = ( is_attachment() ) ? get_post( $post->post_parent ) : get_adjacent_post( false, '', true );
			$next     = get_adjacent_post( false, '', false );

			if ( ! $next && ! $previous ) {
				return;
			}
		}

		// Don't print empty markup in archives if there's only one page.
		if ( $wp_query->max_num_pages < 2 && ( is_home() || is_archive() || is_search() ) ) {
			return;
		}

		$nav_classes = is_single() ? 'post-navigation' : 'paging-navigation';
		$aria_label  = is_single() ? __( 'Inlägg', 'gpress' ) : __( 'Arkivsida', 'gpress' );
		?>
		<nav id="<?php echo esc_attr( $nav_id ); ?>" class="<?php echo esc_attr( $nav_classes ); ?>" aria-label="<?php echo esc_attr( $aria_label ); ?>">
			<?php
			if ( is_single() ) :
				previous_post_link(
					'<div class="nav-previous">' . generate_get_svg_icon( 'arrow-left' ) . '<span class="prev">%link</span></div>',
					'%title'
				);
				next_post_link(
					'<div class="nav-next">' . generate_get_svg_icon( 'arrow-right' ) . '<span class="next">%link</span></div>',
					'%title'
				);
			elseif ( is_home() || is_archive() || is_search() ) :
				if ( get_next_posts_link() ) :
					?>
					<div class="nav-previous">
						<?php generate_do_svg_icon( 'arrow-left' ); ?>
						<span class="prev" title="<?php esc_attr_e( 'Föregående', 'gpress' ); ?>"><?php next_posts_link( __( 'Äldre inlägg', 'gpress' ) ); ?></span>
					</div>
					<?php
				endif;

				if ( get_previous_posts_link() ) :
					?>
					<div class="nav-next">
						<?php generate_do_svg_icon( 'arrow-right' ); ?>
						<span class="next" title="<?php esc_attr_e( 'Nästa', 'gpress' ); ?>"><?php previous_posts_link( __( 'Nyare inlägg', 'gpress' ) ); ?></span>
					</div>
					<?php
				endif;

				the_posts_pagination(
					array(
						'mid_size'           => 1,
						'prev_text'          => sprintf( '<span aria-hidden="true">&larr;</span> %s', __( 'Föregående', 'gpress' ) ),
						'next_text'          => sprintf( '%s <span aria-hidden="true">&rarr;</span>', __( 'Nästa', 'gpress' ) ),
						'before_page_number' => sprintf( '<span class="screen-reader-text">%s</span>', _x( 'Sida', 'prepends the pagination page number for screen readers', 'gpress' ) ),
					)
				);
			endif;
			?>
		</nav>
		<?php
	}
}

if ( ! function_exists( 'generate_featured_page_header_inside_single' ) ) {
	add_action( 'generate_before_content', 'generate_featured_page_header_inside_single', 10 );
	/**
	 * Utvald bild överst i artikeln på enskilda inlägg och sidor.
	 */
	function generate_featured_page_header_inside_single() {
		if ( ! is_singular() || ! has_post_thumbnail() || post_password_required() ) {
			return;
		}
		?>
		<div class="featured-image page-header-image-single grid-container grid-parent">
			<?php
			the_post_thumbnail(
				'full',
				array(
					'itemprop' => 'image',
					'loading'  => false,
				)
			);
			?>
		</div>
		<?php
	}
}

if ( ! function_exists( 'generate_post_image' ) ) {
	add_action( 'generate_after_entry_header', 'generate_post_image' );
	/**
	 * Prints the Post Image to post excerpts.
	 */
	function generate_post_image() {
		if ( ! has_post_thumbnail() || is_singular() ) {
			return;
		}

		printf(
			'<div class="post-image">
				<a href="%1$s">
					%2$s
				</a>
			</div>',
			esc_url( get_permalink() ),
			get_the_post_thumbnail( get_the_ID(), 'full', array( 'itemprop' => 'image' ) ) // phpcs:ignore
		);
	}
}

if ( ! function_exists( 'generate_excerpt_more' ) ) {
	add_filter( 'excerpt_more', 'generate_excerpt_more' );
	/**
	 * Prints the read more HTML to post excerpts.
	 *
	 * @param string $more The string shown within the more link.
	 * @return string
	 */
	function generate_excerpt_more( $more ) {
		if ( is_admin() ) {
			return $more;
		}

		return sprintf(
			' &hellip; <a title="%1$s" class="read-more" href="%2$s" aria-label="%4$s">%3$s</a>',
			the_title_attribute( 'echo=0' ),
			esc_url( get_permalink( get_the_ID() ) ),
			__( 'Läs mer', 'gpress' ),
			/* translators: Aria-label describing the read more button */
			sprintf( _x( 'Mer om %s', 'more on post title', 'gpress' ), the_title_attribute( 'echo=0' ) )
		);
	}
}

if ( ! function_exists( 'generate_excerpt_length' ) ) {
	add_filter( 'excerpt_length', 'generate_excerpt_length', 15 );
	/**
	 * Excerpt length (Customizer: 40 ord).
	 *
	 * @return int
	 */
	function generate_excerpt_length() {
		return 40;
	}
}

if ( ! function_exists( 'generate_filter_the_archive_title' ) ) {
	add_filter( 'get_the_archive_title', 'generate_filter_the_archive_title' );
	/**
	 * Alter the_archive_title() function to match our original archive title function.
	 *
	 * @param string $title The archive title.
	 * @return string
	 */
	function generate_filter_the_archive_title( $title ) {
		if ( is_category() ) {
			$title = single_cat_title( '', false );
		} elseif ( is_tag() ) {
			$title = single_tag_title( '', false );
		} elseif ( is_author() ) {
			$title = sprintf(
				'%1$s<span class="vcard">%2$s</span>',
				get_avatar( get_the_author_meta( 'ID' ), 75 ),
				get_the_author()
			);
		}

		return $title;
	}
}

if ( ! function_exists( 'generate_archive_title' ) ) {
	add_action( 'generate_archive_title', 'generate_archive_title' );
	/**
	 * Build the archive title.
	 */
	function generate_archive_title() {
		if ( ! function_exists( 'the_archive_title' ) ) {
			return;
		}
		?>
		<header class="page-header" aria-label="<?php esc_attr_e( 'Sida', 'gpress' ); ?>">
			<?php do_action( 'generate_before_archive_title' ); ?>

			<h1 class="page-title">
				<?php the_archive_title(); ?>
			</h1>

			<?php
			do_action( 'generate_after_archive_title' );

			// Show an optional term description.
			$term_description = get_the_archive_description();

			if ( ! empty( $term_description ) ) {
				if ( is_author() ) {
					printf( '<div class="author-info">%s</div>', $term_description ); // phpcs:ignore
				} else {
					printf( '<div class="taxonomy-description">%s</div>', $term_description ); // phpcs:ignore
				}
			}

			do_action( 'generate_after_archive_description' );
			?>
		</header>
		<?php
	}
}

if ( ! function_exists( 'generate_show_excerpt' ) ) {
	/**
	 * Visa utdrag i listningar (Customizer: Blogg > Innehållstyp = Utdrag).
	 *
	 * @return bool
	 */
	function generate_show_excerpt() {
		global $post;

		// Check to see if the more tag is being used.
		$more_tag = apply_filters( 'generate_more_tag', strpos( $post->post_content, '<!--more-->' ) );

		$show_excerpt = true;

		// Använd manuellt "läs mer"-stycke om more-taggen finns.
		if ( $more_tag && ! has_excerpt() ) {
			$show_excerpt = false;
		}

		if ( is_search() ) {
			$show_excerpt = true;
		}

		return apply_filters( 'generate_show_excerpt', $show_excerpt );
	}
}

if ( ! function_exists( 'generate_content_more' ) ) {
	add_filter( 'the_content_more_link', 'generate_content_more' );
	/**
	 * Prints the read more HTML to post content using the more tag.
	 *
	 * @param string $more The string shown within the more link.
	 * @return string
	 */
	function generate_content_more( $more ) {
		return sprintf(
			'<p class="read-more-container"><a title="%1$s" class="read-more content-read-more" href="%2$s" aria-label="%4$s">%3$s</a></p>',
			the_title_attribute( 'echo=0' ),
			esc_url( get_permalink( get_the_ID() ) . '#more-' . get_the_ID() ),
			__( 'Läs mer', 'gpress' ),
			/* translators: Aria-label describing the read more button */
			sprintf( _x( 'Mer om %s', 'more on post title', 'gpress' ), the_title_attribute( 'echo=0' ) )
		);
	}
}
