<?php
/**
 * Post Template Functions.
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly


/**
 * Get the post time
 * Jannah prints the date as plain text inside a span: no <time>, no ISO value.
 */
if ( ! function_exists( 'tie_get_time' ) ) {

	function tie_get_time( $return = false ) {

		$time_format = tie_get_option( 'time_format' );

		// Date is disabled globally
		if ( 'none' === $time_format ) {
			return false;
		}

		// Date Type
		$modified_time = ( 'modified' === tie_get_option( 'time_type' ) );

		// Human Readable Post Dates
		if ( 'modern' === $time_format ) {

			$time_now  = current_time( 'timestamp' );
			$post_time = $modified_time ? get_the_modified_time( 'U' ) : get_the_time( 'U' );

			if ( $post_time > ( $time_now - MONTH_IN_SECONDS ) ) {
				$since = sprintf( '%s sedan', human_time_diff( $post_time, $time_now ) );
			} else {
				$since = $modified_time ? get_the_modified_date() : get_the_date();
			}
		}

		// Default date format
		else {
			$since = $modified_time ? get_the_modified_date() : get_the_date();
		}

		// The date markup
		$post_time = '<span class="date meta-item tie-icon">' . $since . '</span>';

		if ( $return ) {
			return $post_time;
		}

		echo $post_time;
	}
}


/**
 * Get the Primary category object (first assigned category)
 */
if ( ! function_exists( 'tie_get_primary_category' ) ) {

	function tie_get_primary_category() {

		if ( 'post' !== get_post_type() ) {
			return false;
		}

		$categories = get_the_category();

		if ( ! empty( $categories[0] ) ) {
			return array( $categories[0] );
		}

		return false;
	}
}


/**
 * Get the Primary category id
 */
if ( ! function_exists( 'tie_get_primary_category_id' ) ) {

	function tie_get_primary_category_id() {

		$primary_category = tie_get_primary_category();

		if ( ! empty( $primary_category[0]->term_id ) ) {
			return $primary_category[0]->term_id;
		}

		return false;
	}
}


/**
 * Get the Post Category HTML
 */
if ( ! function_exists( 'tie_get_category' ) ) {

	function tie_get_category( $before = '<span class="post-cat-wrap">', $after = '</span>', $primary = true, $plain = false ) {

		$output     = $before;
		$categories = array();

		if ( $primary ) {
			$categories = tie_get_primary_category();
		}

		// Show all post's categories
		if ( empty( $categories ) ) {
			$categories = get_the_terms( get_the_ID(), 'category' );
		}

		if ( ! empty( $categories ) && is_array( $categories ) ) {
			foreach ( $categories as $category ) {

				if ( $plain ) {
					$output .= '<span class="post-cat tie-cat-' . $category->term_id . '">' . $category->name . '</span>';
				} else {
					$output .= '<a class="post-cat tie-cat-' . $category->term_id . '" href="' . esc_url( get_term_link( $category->term_id, 'category' ) ) . '">' . $category->name . '</a>';
				}
			}
		}

		return $output . $after;
	}
}


if ( ! function_exists( 'tie_the_category' ) ) {

	function tie_the_category( $before = '<span class="post-cat-wrap">', $after = '</span>', $primary = true, $plain = false ) {
		echo tie_get_category( $before, $after, $primary, $plain );
	}
}


/**
 * Get Custom Excerpt
 */
if ( ! function_exists( 'tie_get_excerpt' ) ) {

	function tie_get_excerpt( $limit = 20 ) {

		$excerpt = get_the_excerpt();
		$limit   = ! empty( $limit ) ? (int) $limit : 20;

		return wp_trim_words( $excerpt, $limit, '&hellip;' );
	}
}


if ( ! function_exists( 'tie_the_excerpt' ) ) {

	function tie_the_excerpt( $limit = 20 ) {
		echo tie_get_excerpt( $limit );
	}
}


/**
 * Title with a fallback for posts without a title (used in loops, not in the single post h1)
 */
if ( ! function_exists( 'tie_get_title' ) ) {

	function tie_get_title( $limit = false ) {

		$title = get_the_title();

		if ( '' === $title ) {
			$title = '(ingen rubrik)';
		}

		if ( empty( $limit ) ) {
			return $title;
		}

		return wp_trim_words( $title, $limit, '&hellip;' );
	}
}


if ( ! function_exists( 'tie_the_title' ) ) {

	function tie_the_title( $limit = false ) {
		echo tie_get_title( $limit );
	}
}


/**
 * Post classes. Jannah passes the standard WordPress classes only for the main post
 * (minus "hentry"); loop items only get the custom class plus the format class.
 */
if ( ! function_exists( 'tie_get_post_class' ) ) {

	function tie_get_post_class( $classes = false, $post_id = null, $standard = false ) {

		$classes = ! empty( $classes ) ? explode( ' ', $classes ) : array();

		if ( $standard ) {
			$classes = get_post_class( $classes, $post_id );
			$classes = array_diff( $classes, array( 'hentry' ) );
		}

		// Post format (featured area type)
		$classes[] = 'tie-standard';

		return 'class="' . esc_attr( join( ' ', $classes ) ) . '"';
	}
}


if ( ! function_exists( 'tie_post_class' ) ) {

	function tie_post_class( $classes = false, $post_id = null, $standard = false ) {
		echo tie_get_post_class( $classes, $post_id, $standard );
	}
}


/**
 * Custom post thumbnail
 */
if ( ! function_exists( 'tie_post_thumbnail' ) ) {

	function tie_post_thumbnail( $thumb = 'jannah-image-small', $review = 'small', $cat = false ) {

		echo '
			<a aria-label="' . the_title_attribute( 'echo=0' ) . '" href="' . esc_url( get_permalink() ) . '" class="post-thumb">';

			// Large Thumb only
			if ( 'large' === $review && ! empty( $cat ) && ! is_category() ) {
				tie_the_category( '<span class="post-cat-wrap">', '</span>', true, true );
			}

			if ( ! empty( $thumb ) ) {
				the_post_thumbnail( $thumb );
			}

		echo '</a>';
	}
}


/**
 * Author avatar
 */
if ( ! function_exists( 'tie_get_author_avatar' ) ) {

	function tie_get_author_avatar( $author = false, $size = 140 ) {

		if ( empty( $author ) ) {
			$author = get_userdata( (int) get_the_author_meta( 'ID' ) );
		} elseif ( is_numeric( $author ) ) {
			$author = get_userdata( (int) $author );
		}

		if ( empty( $author ) || empty( $author->user_email ) ) {
			return '';
		}

		return get_avatar( $author->user_email, $size, '', sprintf( 'Foto av %s', $author->display_name ) );
	}
}


/**
 * Get the authors of the post (post meta)
 */
if ( ! function_exists( 'tie_get_author' ) ) {

	function tie_get_author( $args ) {

		$author = get_userdata( (int) get_the_author_meta( 'ID' ) );

		if ( empty( $author ) ) {
			return '';
		}

		$show_avatars      = ! empty( $args['avatar'] ) && get_option( 'show_avatars' );
		$author_meta_class = 'author-meta single-author' . ( $show_avatars ? ' with-avatars' : ' no-avatars' );
		$profile           = get_author_posts_url( $author->ID );
		$display_name      = get_the_author();

		$post_meta  = '<span class="' . $author_meta_class . '">';
		$post_meta .= '<span class="meta-item meta-author-wrapper meta-author-' . $author->ID . '">';

		if ( $show_avatars ) {
			$post_meta .= '
						<span class="meta-author-avatar">
							<a href="' . esc_url( $profile ) . '">' . tie_get_author_avatar( $author ) . '</a>
						</span>
					';
		}

		$post_meta .= '<span class="meta-author"><a href="' . esc_url( $profile ) . '" class="author-name tie-icon" title="' . esc_attr( $display_name ) . '">' . esc_html( $display_name ) . '</a></span>';
		$post_meta .= '</span></span>';

		return $post_meta;
	}
}


/**
 * Post views (Jannah's own counter, stored in the "tie_views" custom field)
 */
if ( ! function_exists( 'tie_get_views' ) ) {

	function tie_get_views( $post_id = false ) {

		$post_id = $post_id ? $post_id : get_the_ID();
		$count   = (int) get_post_meta( $post_id, 'tie_views', true );

		$class = '';
		if ( $count >= 5000 ) {
			$class = 'very-hot';
		} elseif ( $count >= 2000 ) {
			$class = 'hot';
		} elseif ( $count >= 500 ) {
			$class = 'warm';
		}

		return '<span class="meta-views meta-item ' . $class . '"><span class="tie-icon-fire" aria-hidden="true"></span> ' . number_format_i18n( $count ) . ' </span>';
	}
}


/**
 * Get Post reading time
 */
if ( ! function_exists( 'tie_reading_time' ) ) {

	function tie_reading_time( $before = '<span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> ', $after = '</span> ' ) {

		$post = get_post();

		if ( empty( $post ) ) {
			return '';
		}

		$post_content = strip_shortcodes( wp_strip_all_tags( $post->post_content ) );
		$words        = preg_split( '/\s+/u', $post_content, -1, PREG_SPLIT_NO_EMPTY );
		$words_count  = is_array( $words ) ? count( $words ) : 0;
		$reading_time = (int) round( $words_count / 250 );

		if ( $reading_time < 1 ) {
			$result = 'Mindre än en minut';
		} elseif ( $reading_time > 60 ) {
			$result = sprintf( '%s timmars läsning', number_format_i18n( floor( $reading_time / 60 ) ) );
		} elseif ( 1 === $reading_time ) {
			$result = '1 minuts läsning';
		} else {
			$result = sprintf( '%s minuters läsning', number_format_i18n( $reading_time ) );
		}

		return $before . $result . $after;
	}
}


/**
 * Get Post info section
 */
if ( ! function_exists( 'tie_get_post_meta' ) ) {

	function tie_get_post_meta( $args = '', $before = '', $after = '' ) {

		// Pages have no meta
		if ( 'page' === get_post_type() ) {
			return '';
		}

		$args = wp_parse_args( $args, array(
			'author'   => true,
			'date'     => true,
			'modified' => false,
			'comments' => true,
			'views'    => true,
			'avatar'   => false,
			'reading'  => false,
			'is_main'  => false,
		) );

		if ( $args['is_main'] ) {
			$before .= '<div id="single-post-meta" class="post-meta clearfix">';
		} else {
			$before .= '<div class="post-meta clearfix">';
		}

		$elements = array( $before );

		if ( ! empty( $args['author'] ) ) {
			$elements[] = tie_get_author( $args );
		}

		if ( ! empty( $args['date'] ) ) {
			$elements[] = tie_get_time( true );
		}

		if ( ! empty( $args['modified'] ) ) {
			$elements[] = '<span class="meta-item last-updated">Senast uppdaterad: ' . get_the_modified_date() . '</span>';
		}

		if ( ! empty( $args['comments'] ) || ! empty( $args['views'] ) || ! empty( $args['reading'] ) ) {

			$elements[] = '<div class="tie-alignright">';

			// Comments count and reading time are not shown for password protected posts
			$protected = post_password_required();

			if ( ! empty( $args['comments'] ) && ! $protected && ( get_comments_number() || comments_open() ) ) {
				$elements[] = '<span class="meta-comment tie-icon meta-item fa-before">' . get_comments_number_text( '0', '1', '%' ) . '</span>';
			}

			if ( ! empty( $args['views'] ) ) {
				$elements[] = tie_get_views();
			}

			if ( ! empty( $args['reading'] ) && ! $protected ) {
				$elements[] = tie_reading_time();
			}

			$elements[] = '</div>';
		}

		$elements[] = '</div><!-- .post-meta -->' . $after;

		return join( '', $elements );
	}
}


if ( ! function_exists( 'tie_the_post_meta' ) ) {

	function tie_the_post_meta( $args = '', $before = '', $after = '' ) {
		echo tie_get_post_meta( $args, $before, $after );
	}
}


/**
 * Post info section in the single post page
 */
if ( ! function_exists( 'tie_the_post_meta_single' ) ) {

	function tie_the_post_meta_single() {

		tie_the_post_meta( array(
			'author'   => tie_get_option( 'post_meta_author' ),
			'avatar'   => tie_get_option( 'post_meta_avatar' ),
			'date'     => true,
			'modified' => tie_get_option( 'post_meta_modified' ),
			'comments' => tie_get_option( 'post_meta_comments' ),
			'views'    => tie_get_option( 'post_meta_views' ),
			'reading'  => tie_get_option( 'post_meta_reading' ),
			'is_main'  => true,
		) );
	}
}


/**
 * Custom Next and prev posts
 */
if ( ! function_exists( 'tie_adjacent_post' ) ) {

	function tie_adjacent_post( $previous = true ) {

		$adjacent_post = get_adjacent_post( false, '', $previous, 'category' );

		if ( empty( $adjacent_post ) ) {
			return;
		}

		$adjacent   = $previous ? 'prev' : 'next';
		$image_path = '';
		$image_data = wp_get_attachment_image_src( get_post_thumbnail_id( $adjacent_post->ID ), 'jannah-image-large' );

		if ( ! empty( $image_data[0] ) ) {
			$image_path = $image_data[0];
		}

		?>

			<div class="tie-col-xs-6 <?php echo esc_attr( $adjacent ); ?>-post">
				<a href="<?php echo esc_url( get_permalink( $adjacent_post->ID ) ); ?>" style="background-image: url(<?php echo esc_url( $image_path ); ?>)" class="post-thumb" rel="<?php echo esc_attr( $adjacent ); ?>">
					<div class="post-thumb-overlay-wrap">
						<div class="post-thumb-overlay">
							<span class="tie-icon tie-media-icon"></span>
						</div>
					</div>
				</a>

				<a href="<?php echo esc_url( get_permalink( $adjacent_post->ID ) ); ?>" rel="<?php echo esc_attr( $adjacent ); ?>">
					<h3 class="post-title"><?php echo $adjacent_post->post_title; ?></h3>
				</a>
			</div>

		<?php
	}
}


/**
 * Get terms as plain text separated with commas
 */
if ( ! function_exists( 'tie_get_plain_terms' ) ) {

	function tie_get_plain_terms( $post_id, $taxonomy ) {

		$post_terms = get_the_terms( $post_id, $taxonomy );
		$terms      = array();

		if ( ! empty( $post_terms ) && is_array( $post_terms ) ) {
			foreach ( $post_terms as $term ) {
				$terms[] = $term->name;
			}
		}

		return implode( ',', $terms );
	}
}


/**
 * Build Related Posts Query Args
 */
if ( ! function_exists( 'tie_get_related_posts_args' ) ) {

	function tie_get_related_posts_args( $number = 4 ) {

		$post_id          = get_the_ID();
		$do_not_duplicate = ! empty( $GLOBALS['tie_single_do_not_duplicate'] ) ? array_values( $GLOBALS['tie_single_do_not_duplicate'] ) : array( $post_id );

		$args = array(
			'post__not_in'        => $do_not_duplicate,
			'posts_per_page'      => $number,
			'no_found_rows'       => true,
			'post_status'         => 'publish',
			'ignore_sticky_posts' => true,
		);

		$category_ids = array();
		foreach ( get_the_category( $post_id ) as $individual_category ) {
			$category_ids[] = $individual_category->term_id;
		}

		if ( ! empty( $category_ids ) ) {
			$args['category__in'] = $category_ids;
		}

		return $args;
	}
}


/**
 * Update the single Post page do not duplicate array
 */
if ( ! function_exists( 'tie_single_post_do_not_dublicate' ) ) {

	function tie_single_post_do_not_dublicate( $post_id = false ) {

		if ( empty( $post_id ) ) {
			$post_id = get_the_ID();
		}

		if ( empty( $GLOBALS['tie_single_do_not_duplicate'] ) ) {
			$GLOBALS['tie_single_do_not_duplicate'] = array();
		}

		foreach ( (array) $post_id as $id ) {
			$GLOBALS['tie_single_do_not_duplicate'][ $id ] = $id;
		}
	}
}


/**
 * Read More button
 */
if ( ! function_exists( 'tie_get_more_button' ) ) {

	function tie_get_more_button() {
		return '<a class="more-link button" href="' . esc_url( get_permalink() ) . '">Läs mer &raquo;</a>';
	}
}


/**
 * Share buttons definitions
 */
if ( ! function_exists( 'tie_get_share_buttons' ) ) {

	function tie_get_share_buttons() {

		return array(
			'facebook' => array(
				'url'  => 'https://www.facebook.com/sharer.php?u={post_link}',
				'text' => 'Facebook',
				'icon' => 'tie-icon-facebook',
			),
			'twitter'  => array(
				'url'  => 'https://twitter.com/intent/tweet?text={post_title}&amp;url={post_link}',
				'text' => 'Twitter',
				'icon' => 'tie-icon-twitter',
			),
			'linkedin' => array(
				'url'  => 'https://www.linkedin.com/shareArticle?mini=true&amp;url={post_full_link}&amp;title={post_title}',
				'text' => 'LinkedIn',
				'icon' => 'tie-icon-linkedin',
			),
			'email'    => array(
				'url'  => 'mailto:?subject={post_title}&amp;body={post_link}',
				'text' => 'Dela via e-post',
				'icon' => 'tie-icon-envelope',
			),
			'print'    => array(
				'url'  => '#',
				'text' => 'Skriv ut',
				'icon' => 'tie-icon-print',
			),
		);
	}
}


/**
 * Replace the post title and link in the share URLs
 */
if ( ! function_exists( 'tie_share_button_url' ) ) {

	function tie_share_button_url( $url = '' ) {

		$post_title = html_entity_decode( get_the_title(), ENT_QUOTES, 'UTF-8' );
		$post_title = str_replace( '#', '%23', rawurlencode( $post_title ) );

		$search  = array( '{post_link}', '{post_full_link}', '{post_title}' );
		$replace = array( wp_get_shortlink(), get_permalink(), esc_html( $post_title ) );

		return esc_url( str_replace( $search, $replace, $url ) );
	}
}


/**
 * Pagination (Jannah's numbered "pages-nav" – a WP-PageNavi style list)
 */
if ( ! function_exists( 'tie_pagination' ) ) {

	function tie_pagination() {

		global $wp_query;

		$pages_count = (int) $wp_query->max_num_pages;

		if ( $pages_count < 2 ) {
			return;
		}

		$current = max( 1, (int) get_query_var( 'paged' ) );
		$range   = 3;
		$start   = max( 1, $current - $range );
		$end     = min( $pages_count, $current + $range );

		echo '<div class="pages-nav">';
		echo '<ul class="pages-numbers">';

		if ( $start > 1 ) {
			echo '<li class="first-page first-last-pages"><a href="' . esc_url( get_pagenum_link( 1 ) ) . '" title="Första sidan"><span class="pagination-icon" aria-hidden="true"></span>Första</a></li>';
		}

		if ( $current > 1 ) {
			echo '<li class="the-prev-page"><a href="' . esc_url( get_pagenum_link( $current - 1 ) ) . '" >&laquo;</a></li>';
		}

		for ( $i = $start; $i <= $end; $i++ ) {
			if ( $i === $current ) {
				echo '<li class="current"><span class="pages-nav-item">' . number_format_i18n( $i ) . '</span></li>';
			} else {
				echo '<li><a class="pages-nav-item" href="' . esc_url( get_pagenum_link( $i ) ) . '" title="' . esc_attr( number_format_i18n( $i ) ) . '">' . number_format_i18n( $i ) . '</a></li>';
			}
		}

		if ( $end < $pages_count ) {
			echo '<li class="extend"><span class="pages-nav-item">&hellip;</span></li>';
		}

		if ( $current < $pages_count ) {
			echo '<li class="the-next-page"><a href="' . esc_url( get_pagenum_link( $current + 1 ) ) . '" >&raquo;</a></li>';
		}

		if ( $end < $pages_count ) {
			echo '<li class="last-page first-last-pages"><a href="' . esc_url( get_pagenum_link( $pages_count ) ) . '" title="Sista sidan"><span class="pagination-icon" aria-hidden="true"></span>Sista</a></li>';
		}

		echo '</ul>';
		echo '</div>';
	}
}
