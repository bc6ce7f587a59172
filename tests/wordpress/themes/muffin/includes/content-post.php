<?php
/**
 * The template for displaying content in the index.php template (blog listing items)
 *
 * @package Betheme
 * @author Muffin group
 */

if ( ! function_exists( 'mfn_content_post' ) ) {
	function mfn_content_post( $query = false, $style = false ) {
		global $wp_query;
		$output = '';

		$translate['published']  = mfn_translate( 'published' );
		$translate['at']         = mfn_translate( 'at' );
		$translate['categories'] = mfn_translate( 'categories' );
		$translate['like']       = 'Gillar du det?';
		$translate['readmore']   = mfn_translate( 'readmore' );

		if ( ! $query ) {
			$query = $wp_query;
		}
		if ( ! $style ) {
			$style = mfn_opts_get( 'blog-layout', 'classic' );
		}

		if ( $query->have_posts() ) {
			while ( $query->have_posts() ) {
				$query->the_post();

				// classes
				$post_class = array( 'post-item', 'isotope-item', 'clearfix' );
				if ( ! has_post_thumbnail() ) {
					$post_class[] = 'no-img';
				}
				if ( post_password_required() ) {
					$post_class[] = 'no-img';
				}
				$post_class[] = 'author-' . sanitize_title( get_the_author_meta( 'user_login' ) );
				$post_class   = implode( ' ', get_post_class( $post_class ) );

				$output .= '<div class="' . esc_attr( $post_class ) . '" style="">';

					// date | Style == Timeline (printed for every style, hidden by CSS)
					$output .= '<div class="date_label">' . esc_html( get_the_date() ) . '</div>';

					// photo
					if ( ! post_password_required() ) {
						$output .= '<div class="image_frame post-photo-wrapper scale-with-grid image">';
							$output .= '<div class="image_wrapper">';
								$output .= mfn_post_thumbnail( get_the_ID(), 'blog' );
							$output .= '</div>';
						$output .= '</div>';
					}

					// desc
					$output .= '<div class="post-desc-wrapper">';
						$output .= '<div class="post-desc">';

							// head
							$output .= '<div class="post-head">';

								if ( mfn_opts_get( 'blog-meta' ) ) {
									$output .= '<div class="post-meta clearfix">';

										$output .= '<div class="author-date">';

											$output .= '<span class="vcard author post-author">';
												$output .= '<span class="label">' . esc_html( $translate['published'] ) . ' </span>';
												$output .= '<i class="icon-user"></i> ';
												$output .= '<span class="fn"><a href="' . esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ) . '">' . esc_html( get_the_author_meta( 'display_name' ) ) . '</a></span>';
											$output .= '</span> ';

											$output .= '<span class="date">';
												$output .= '<span class="label">' . esc_html( $translate['at'] ) . ' </span>';
												$output .= '<i class="icon-clock"></i> ';
												$output .= '<span class="post-date updated">' . esc_html( get_the_date() ) . '</span>';
											$output .= '</span>';

										$output .= '</div>';

										$output .= '<div class="category">';
											$output .= '<span class="cat-btn">' . esc_html( $translate['categories'] ) . ' <i class="icon-down-dir"></i></span>';
											$output .= '<div class="cat-wrapper">' . get_the_category_list() . '</div>';
										$output .= '</div>';

									$output .= '</div>';
								}

							$output .= '</div>';

							// title
							$output .= '<div class="post-title">';
								if ( get_post_format() == 'quote' ) {
									$output .= '<blockquote><a href="' . esc_url( get_permalink() ) . '">' . get_the_title() . '</a></blockquote>';
								} else {
									$output .= '<h2 class="entry-title" itemprop="headline"><a href="' . esc_url( get_permalink() ) . '">' . get_the_title() . '</a></h2>';
								}
							$output .= '</div>';

							// content
							$output .= '<div class="post-excerpt">' . get_the_excerpt() . '</div>';

							// footer
							$output .= '<div class="post-footer">';

								$output .= '<div class="button-love"><span class="love-text">' . esc_html( $translate['like'] ) . '</span>' . mfn_love() . '</div>';

								$output .= '<div class="post-links">';
									if ( comments_open() && mfn_opts_get( 'blog-comments' ) ) {
										$output .= '<i class="icon-comment-empty-fa"></i> <a href="' . esc_url( get_comments_link() ) . '" class="post-comments">' . (int) get_comments_number() . '</a>';
									}
									$output .= '<i class="icon-doc-text"></i> <a href="' . esc_url( get_permalink() ) . '" class="post-more">' . esc_html( $translate['readmore'] ) . '</a>';
								$output .= '</div>';

							$output .= '</div>';

						$output .= '</div>';
					$output .= '</div>';

				$output .= '</div>';
			}
		}

		return $output;
	}
}
