<?php
/**
 * Render-funktioner för de Elementor/Elementor Pro-widgets sajten använder.
 * Var och en skriver ut det som widgetens render() skriver ut, dvs. innehållet
 * i div.elementor-widget-container. Wrappern skrivs av bygge_widget().
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Font Awesome-ikon som Icons_Manager::render_icon() skriver den (utan inline-SVG-experimentet).
 *
 * @param string $class Ikonklass, t.ex. "far fa-user-circle".
 * @return string
 */
function bygge_fa( $class ) {
	return '<i aria-hidden="true" class="' . esc_attr( $class ) . '"></i>';
}

/**
 * Uppladdad SVG-ikon (Icons_Manager skriver ut filens innehåll inline).
 *
 * @param string $name folder|chat.
 * @return string
 */
function bygge_svg_icon( $name ) {
	$icons = [
		'folder' => '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M22 19a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h5l2 3h9a2 2 0 0 1 2 2z"></path></svg>',
		'tag'    => '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M20.59 13.41l-7.17 7.17a2 2 0 0 1-2.83 0L2 12V2h10l8.59 8.59a2 2 0 0 1 0 2.82z"></path><line x1="7" y1="7" x2="7.01" y2="7"></line></svg>',
		'arrow'  => '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><line x1="5" y1="12" x2="19" y2="12"></line><polyline points="12 5 19 12 12 19"></polyline></svg>',
	];
	return isset( $icons[ $name ] ) ? $icons[ $name ] : '';
}

/**
 * Heading-widgetens utdata (tom titel => ingen utdata => ingen widget).
 *
 * @param string $title Titel (HTML tillåten, som i Elementor).
 * @param string $tag   h1–h6, div, span, p.
 * @param string $url   Länk.
 * @param string $size  default|small|medium|large|xl|xxl.
 * @return string
 */
function bygge_heading_html( $title, $tag = 'h2', $url = '', $size = 'default' ) {
	if ( '' === (string) $title ) {
		return '';
	}
	if ( $url ) {
		$title = '<a href="' . esc_url( $url ) . '">' . $title . '</a>';
	}
	return sprintf( '<%1$s class="elementor-heading-title elementor-size-%2$s">%3$s</%1$s>', tag_escape( $tag ), esc_attr( $size ), $title );
}

/**
 * Heading-widget.
 *
 * @param string $id    Elementor-ID.
 * @param string $title Titel.
 * @param string $tag   Tagg.
 * @param array  $args  prefix_classes.
 * @return void
 */
function bygge_heading_widget( $id, $title, $tag = 'h2', $args = [] ) {
	$args['css'] = 'heading';
	bygge_widget( $id, 'heading', 'heading.default', bygge_heading_html( $title, $tag ), $args );
}

/**
 * Text editor-widget.
 *
 * @param string $id   Elementor-ID.
 * @param string $html Innehåll.
 * @return void
 */
function bygge_text_editor_widget( $id, $html ) {
	bygge_widget( $id, 'text-editor', 'text-editor.default', $html . "\t\t\t\t\t\t", [ 'css' => 'text-editor' ] );
}

/**
 * Post Info-widgetens data för ett repeater-objekt (Post_Info::get_meta_data()).
 *
 * @param array $item Repeater-objekt: _id, type, link, text_prefix, taxonomy, icon.
 * @return array
 */
function bygge_post_info_data( $item ) {
	$data = [];
	switch ( $item['type'] ) {
		case 'author':
			$data['text']     = get_the_author_meta( 'display_name' );
			$data['icon']     = bygge_fa( 'far fa-user-circle' );
			$data['itemprop'] = 'author';
			if ( ! empty( $item['link'] ) ) {
				$data['url'] = get_author_posts_url( (int) get_the_author_meta( 'ID' ) );
			}
			break;

		case 'date':
			// Datumformat "Default" i widgeten = 'F j, Y' (hårdkodat, inte webbplatsens format).
			$data['text']     = get_the_time( 'F j, Y' );
			$data['icon']     = bygge_fa( 'fas fa-calendar' );
			$data['itemprop'] = 'datePublished';
			if ( ! empty( $item['link'] ) ) {
				$data['url'] = get_day_link( get_post_time( 'Y' ), get_post_time( 'm' ), get_post_time( 'j' ) );
			}
			break;

		case 'time':
			// Tidsformat "2" = 'H:i'.
			$data['text'] = get_the_time( 'H:i' );
			$data['icon'] = bygge_fa( 'far fa-clock' );
			break;

		case 'comments':
			if ( comments_open() ) {
				$num = (int) get_comments_number();
				if ( 0 === $num ) {
					$data['text'] = 'Inga kommentarer';
				} elseif ( 1 === $num ) {
					$data['text'] = 'En kommentar';
				} else {
					$data['text'] = sprintf( '%s kommentarer', $num );
				}
				if ( ! empty( $item['link'] ) ) {
					$data['url'] = get_comments_link();
				}
				$data['icon']     = bygge_fa( 'far fa-comment-dots' );
				$data['itemprop'] = 'commentCount';
			}
			break;

		case 'terms':
			$data['icon']     = isset( $item['svg'] ) ? bygge_svg_icon( $item['svg'] ) : bygge_fa( 'fas fa-tags' );
			$data['itemprop'] = 'about';
			$taxonomy         = isset( $item['taxonomy'] ) ? $item['taxonomy'] : 'category';
			$terms            = wp_get_post_terms( get_the_ID(), $taxonomy );
			if ( ! is_wp_error( $terms ) ) {
				foreach ( $terms as $term ) {
					$data['terms_list'][ $term->term_id ]['text'] = $term->name;
					if ( ! empty( $item['link'] ) ) {
						$link = get_term_link( $term );
						if ( ! is_wp_error( $link ) ) {
							$data['terms_list'][ $term->term_id ]['url'] = $link;
						}
					}
				}
			}
			break;
	}

	$data['type'] = $item['type'];
	if ( ! empty( $item['text_prefix'] ) ) {
		$data['text_prefix'] = $item['text_prefix'];
	}
	return $data;
}

/**
 * Post Info-widgetens render().
 *
 * @param array $items Repeater-objekt.
 * @return void
 */
function bygge_render_post_info( $items ) {
	ob_start();
	foreach ( $items as $item ) {
		$data = bygge_post_info_data( $item );
		if ( empty( $data['text'] ) && empty( $data['terms_list'] ) ) {
			continue;
		}
		$has_link = ! empty( $data['url'] );
		$li_attr  = 'class="elementor-icon-list-item elementor-repeater-item-' . esc_attr( $item['_id'] ) . ' elementor-inline-item"';
		if ( ! empty( $data['itemprop'] ) ) {
			$li_attr .= ' itemprop="' . esc_attr( $data['itemprop'] ) . '"';
		}
		echo "\t\t\t\t<li " . $li_attr . ">\n"; // phpcs:ignore
		if ( $has_link ) {
			echo "\t\t\t\t\t\t" . '<a href="' . esc_url( $data['url'] ) . '">' . "\n";
		}
		if ( ! empty( $data['icon'] ) ) {
			echo "\t\t\t\t\t\t<span class=\"elementor-icon-list-icon\">\n\t\t\t\t\t\t\t\t" . $data['icon'] . "\t\t\t\t\t\t\t</span>\n"; // phpcs:ignore
		}
		echo "\t\t\t\t\t\t\t\t\t" . '<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-' . esc_attr( $data['type'] ) . '">' . "\n";
		if ( ! empty( $data['text_prefix'] ) ) {
			echo "\t\t\t\t\t\t\t" . '<span class="elementor-post-info__item-prefix">' . esc_html( $data['text_prefix'] ) . '</span>' . "\n";
		}
		if ( ! empty( $data['terms_list'] ) ) {
			$terms_list = [];
			$item_class = 'elementor-post-info__terms-list-item';
			echo "\t\t\t\t\t\t\t\t<span class=\"elementor-post-info__terms-list\">\n\t\t\t\t";
			foreach ( $data['terms_list'] as $term ) {
				if ( ! empty( $term['url'] ) ) {
					$terms_list[] = '<a href="' . esc_attr( $term['url'] ) . '" class="' . $item_class . '">' . esc_html( $term['text'] ) . '</a>';
				} else {
					$terms_list[] = '<span class="' . $item_class . '">' . esc_html( $term['text'] ) . '</span>';
				}
			}
			echo implode( ', ', $terms_list ); // phpcs:ignore
			echo "\t\t\t\t</span>\n";
		} else {
			echo "\t\t\t\t\t\t\t\t\t\t" . esc_html( $data['text'] ) . "\t\t\t\t\t";
		}
		echo "</span>\n";
		if ( $has_link ) {
			echo "\t\t\t\t\t\t</a>\n";
		}
		echo "\t\t\t\t</li>\n";
	}
	$items_html = ob_get_clean();
	if ( '' === $items_html ) {
		return;
	}
	echo "\t\t<ul class=\"elementor-inline-items elementor-icon-list-items elementor-post-info\">\n";
	echo $items_html; // phpcs:ignore
	echo "\t\t\t</ul>\n";
}

/**
 * Share Buttons-widget (JS-drivna knappar utan href).
 *
 * @return void
 */
function bygge_render_share_buttons() {
	$networks = [
		'facebook' => [ 'Facebook', 'fab fa-facebook' ],
		'linkedin' => [ 'LinkedIn', 'fab fa-linkedin' ],
		'twitter'  => [ 'Twitter', 'fab fa-twitter' ],
		'email'    => [ 'E-post', 'fas fa-envelope' ],
	];
	echo "\t\t<div class=\"elementor-grid\">\n";
	foreach ( $networks as $key => $network ) {
		echo "\t\t\t\t\t\t\t<div class=\"elementor-grid-item\">\n";
		echo "\t\t\t\t\t\t<div class=\"elementor-share-btn elementor-share-btn_" . esc_attr( $key ) . '" role="button" tabindex="0" aria-label="' . esc_attr( sprintf( 'Dela på %s', $key ) ) . "\">\n";
		echo "\t\t\t\t\t\t\t\t\t<span class=\"elementor-share-btn__icon\">\n\t\t\t\t\t\t\t\t" . '<i class="' . esc_attr( $network[1] ) . '" aria-hidden="true"></i>' . "\t\t\t\t\t\t\t</span>\n";
		echo "\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div class=\"elementor-share-btn__text\">\n";
		echo "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span class=\"elementor-share-btn__title\">\n\t\t\t\t\t\t\t\t\t\t" . esc_html( $network[0] ) . "\t\t\t\t\t\t\t\t\t</span>\n";
		echo "\t\t\t\t\t\t\t\t\t\t\t\t\t</div>\n";
		echo "\t\t\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n";
	}
	echo "\t\t\t\t\t</div>\n";
}

/**
 * Author Box-widget (källa: aktuell författare, länk till författararkivet).
 *
 * @return void
 */
function bygge_render_author_box() {
	$user_id = (int) get_the_author_meta( 'ID' );
	if ( ! $user_id ) {
		return;
	}
	$name      = get_the_author_meta( 'display_name' );
	$bio       = get_the_author_meta( 'description' );
	$posts_url = get_author_posts_url( $user_id );
	$avatar    = get_avatar_url( $user_id, [ 'size' => 300 ] );
	?>
		<div class="elementor-author-box">
							<a href="<?php echo esc_url( $posts_url ); ?>" class="elementor-author-box__avatar">
					<img src="<?php echo esc_url( (string) $avatar ); ?>" alt="<?php echo esc_attr( $name ); ?>">
				</a>
			
			<div class="elementor-author-box__text">
									<a href="<?php echo esc_url( $posts_url ); ?>">
						<h4 class="elementor-author-box__name"><?php echo esc_html( $name ); ?></h4>					</a>
				
									<div class="elementor-author-box__bio">
						<?php echo wp_kses_post( $bio ); ?>
					</div>
				
									<a class="elementor-author-box__button elementor-button elementor-size-xs" href="<?php echo esc_url( $posts_url ); ?>">
						Alla inlägg					</a>
							</div>
		</div>
		<?php
}

/**
 * Post Navigation-widget.
 *
 * @return void
 */
function bygge_render_post_navigation() {
	$prev_label = '<span class="post-navigation__prev--label">Föregående</span>';
	$next_label = '<span class="post-navigation__next--label">Nästa</span>';
	$prev_arrow = '<span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i><span class="elementor-screen-only">Föreg.</span></span>';
	$next_arrow = '<span class="post-navigation__arrow-wrapper post-navigation__arrow-next"><i class="fa fa-angle-right" aria-hidden="true"></i><span class="elementor-screen-only">Nästa</span></span>';
	$prev_title = '<span class="post-navigation__prev--title">%title</span>';
	$next_title = '<span class="post-navigation__next--title">%title</span>';
	?>
		<div class="elementor-post-navigation">
			<div class="elementor-post-navigation__prev elementor-post-navigation__link">
				<?php previous_post_link( '%link', $prev_arrow . '<span class="elementor-post-navigation__link__prev">' . $prev_label . $prev_title . '</span>' ); ?>
			</div>
							<div class="elementor-post-navigation__separator-wrapper">
					<div class="elementor-post-navigation__separator"></div>
				</div>
						<div class="elementor-post-navigation__next elementor-post-navigation__link">
				<?php next_post_link( '%link', '<span class="elementor-post-navigation__link__next">' . $next_label . $next_title . '</span>' . $next_arrow ); ?>
			</div>
		</div>
		<?php
}

/**
 * Miniatyrbild som Group_Control_Image_Size::get_attachment_image_html() skriver den.
 *
 * @param int    $attachment_id Bilagans ID.
 * @param string $size          Bildstorlek.
 * @return string
 */
function bygge_attachment_image_html( $attachment_id, $size ) {
	if ( ! $attachment_id || ! wp_attachment_is_image( $attachment_id ) ) {
		return '';
	}
	return wp_get_attachment_image(
		$attachment_id,
		$size,
		false,
		[ 'class' => 'attachment-' . $size . ' size-' . $size . ' wp-image-' . (int) $attachment_id ]
	);
}

/**
 * Ett inlägg i Posts/Archive Posts-widgeten (skin classic eller cards).
 *
 * @param array $opts skin, thumbnail_size, meta (array), excerpt (bool), read_more, title_tag, badge, avatar.
 * @return void
 */
function bygge_render_loop_post( $opts ) {
	$skin      = $opts['skin'];
	$permalink = get_permalink();
	$title     = get_the_title();

	echo "\t\t<article ";
	post_class( [ 'elementor-post elementor-grid-item' ] );
	echo ">\n";
	if ( 'cards' === $skin ) {
		echo "\t\t\t<div class=\"elementor-post__card\">\n";
	}

	// Miniatyr.
	if ( ! empty( $opts['thumbnail_size'] ) ) {
		$thumb = bygge_attachment_image_html( (int) get_post_thumbnail_id(), $opts['thumbnail_size'] );
		if ( $thumb ) {
			echo "\t\t\t<a class=\"elementor-post__thumbnail__link\" href=\"" . esc_attr( $permalink ) . "\" tabindex=\"-1\" >\n";
			echo "\t\t\t<div class=\"elementor-post__thumbnail\">" . $thumb . "</div>\n"; // phpcs:ignore
			echo "\t\t</a>\n";
		}
	}

	// Cards: kategori-badge och författaravatar.
	if ( 'cards' === $skin ) {
		if ( ! empty( $opts['badge'] ) ) {
			$terms = get_the_terms( get_the_ID(), 'category' );
			if ( $terms && ! is_wp_error( $terms ) ) {
				echo "\t\t<div class=\"elementor-post__badge\">" . esc_html( $terms[0]->name ) . "</div>\n";
			}
		}
		if ( ! empty( $opts['avatar'] ) ) {
			echo "\t\t<div class=\"elementor-post__avatar\">\n\t\t\t" . get_avatar( (int) get_the_author_meta( 'ID' ), 128, '', get_the_author_meta( 'display_name' ) ) . "\t\t</div>\n"; // phpcs:ignore
		}
	}

	echo "\t\t<div class=\"elementor-post__text\">\n";

	$tag = isset( $opts['title_tag'] ) ? $opts['title_tag'] : 'h3';
	echo "\t\t<" . tag_escape( $tag ) . " class=\"elementor-post__title\">\n\t\t\t<a href=\"" . esc_attr( $permalink ) . "\" >\n\t\t\t\t";
	the_title();
	echo "\t\t\t</a>\n\t\t</" . tag_escape( $tag ) . ">\n";

	$meta_html = bygge_loop_meta_html( isset( $opts['meta'] ) ? $opts['meta'] : [] );
	if ( 'cards' !== $skin ) {
		echo $meta_html; // phpcs:ignore
	}

	if ( ! empty( $opts['excerpt'] ) ) {
		$length_cb = static function () {
			return 25;
		};
		$more_cb   = static function () {
			return '';
		};
		add_filter( 'excerpt_length', $length_cb, 20 );
		add_filter( 'excerpt_more', $more_cb, 20 );
		echo "\t\t<div class=\"elementor-post__excerpt\">\n\t\t\t";
		the_excerpt();
		echo "\t\t</div>\n";
		remove_filter( 'excerpt_length', $length_cb, 20 );
		remove_filter( 'excerpt_more', $more_cb, 20 );
	}

	if ( ! empty( $opts['read_more'] ) ) {
		echo "\t\t\n\t\t<a class=\"elementor-post__read-more\" href=\"" . esc_url( $permalink ) . '" aria-label="' . esc_attr( sprintf( 'Läs mer om %s', wp_strip_all_tags( $title ) ) ) . "\" tabindex=\"-1\" >\n\t\t\t" . wp_kses_post( $opts['read_more'] ) . "\t\t</a>\n\n";
	}

	echo "\t\t</div>\n";

	if ( 'cards' === $skin ) {
		echo $meta_html; // phpcs:ignore
		echo "\t\t\t\t\t</div>\n";
	}
	echo "\t\t</article>\n";
}

/**
 * Metarad i Posts-widgeten (div.elementor-post__meta-data).
 *
 * @param string[] $meta author|date|time|comments.
 * @return string
 */
function bygge_loop_meta_html( $meta ) {
	if ( empty( $meta ) ) {
		return '';
	}
	$out = "\t\t<div class=\"elementor-post__meta-data\">\n";
	if ( in_array( 'author', $meta, true ) ) {
		$out .= "\t\t<span class=\"elementor-post-author\">\n\t\t\t" . esc_html( get_the_author() ) . "\t\t</span>\n";
	}
	if ( in_array( 'date', $meta, true ) ) {
		$out .= "\t\t<span class=\"elementor-post-date\">\n\t\t\t" . apply_filters( 'the_date', get_the_date(), get_option( 'date_format' ), '', '' ) . "\t\t</span>\n";
	}
	if ( in_array( 'time', $meta, true ) ) {
		$out .= "\t\t<span class=\"elementor-post-time\">\n\t\t\t" . get_the_time() . "\t\t</span>\n";
	}
	if ( in_array( 'comments', $meta, true ) ) {
		ob_start();
		comments_number( 'Inga kommentarer', '1 kommentar', '% kommentarer' );
		$out .= "\t\t<span class=\"elementor-post-avatar\">\n\t\t\t" . ob_get_clean() . "\t\t</span>\n";
	}
	$out .= "\t\t</div>\n";
	return $out;
}

/**
 * Posts-widgeten med egen fråga (relaterade / senaste inlägg).
 *
 * @param WP_Query $query Fråga.
 * @param array    $opts  Se bygge_render_loop_post().
 * @return void
 */
function bygge_render_posts_query( $query, $opts ) {
	if ( ! $query->have_posts() ) {
		return;
	}
	echo "\t\t<div class=\"elementor-posts-container elementor-posts elementor-posts--skin-" . esc_attr( $opts['skin'] ) . " elementor-grid\">\n";
	while ( $query->have_posts() ) {
		$query->the_post();
		bygge_render_loop_post( $opts );
	}
	echo "\t\t</div>\n";
	wp_reset_postdata();
}

/**
 * Archive Posts-widgeten (huvudfrågan) med paginering.
 *
 * @param array $opts Se bygge_render_loop_post().
 * @return void
 */
function bygge_render_archive_posts( $opts ) {
	global $wp_query;
	$ratio = 'cards' === $opts['skin'] ? ' elementor-has-item-ratio' : '';
	echo "\t\t<div class=\"elementor-posts-container elementor-posts elementor-posts--skin-" . esc_attr( $opts['skin'] ) . ' elementor-grid' . $ratio . "\">\n"; // phpcs:ignore
	if ( ! have_posts() ) {
		echo "\t\t\t<div class=\"elementor-posts-nothing-found\">Det verkar som att vi inte kan hitta det du letar efter.</div>\n";
		echo "\t\t</div>\n";
		return;
	}
	while ( have_posts() ) {
		the_post();
		bygge_render_loop_post( $opts );
	}
	echo "\t\t</div>\n";

	$page_limit = (int) $wp_query->max_num_pages;
	if ( 2 > $page_limit ) {
		return;
	}
	$paged = max( 1, (int) get_query_var( 'paged' ) );
	$links = paginate_links(
		[
			'type'               => 'array',
			'current'            => $paged,
			'total'              => $page_limit,
			'prev_next'          => false,
			'show_all'           => false,
			'before_page_number' => '<span class="elementor-screen-only">Sida</span>',
		]
	);
	if ( ! is_array( $links ) ) {
		$links = [];
	}
	$prev_label = '&laquo; Föregående';
	$next_label = 'Nästa &raquo;';
	if ( $paged > 1 ) {
		array_unshift( $links, sprintf( '<a class="page-numbers prev" href="%s">%s</a>', esc_url( get_pagenum_link( $paged - 1 ) ), $prev_label ) );
	} else {
		array_unshift( $links, sprintf( '<span class="page-numbers prev">%s</span>', $prev_label ) );
	}
	if ( $paged + 1 <= $page_limit ) {
		$links[] = sprintf( '<a class="page-numbers next" href="%s">%s</a>', esc_url( get_pagenum_link( $paged + 1 ) ), $next_label );
	} else {
		$links[] = sprintf( '<span class="page-numbers next">%s</span>', $next_label );
	}
	echo "\n\t\t\t\t<nav class=\"elementor-pagination\" role=\"navigation\" aria-label=\"Paginering\">\n\t\t\t";
	echo implode( PHP_EOL, $links ); // phpcs:ignore
	echo "\t\t</nav>\n";
}

/**
 * Breadcrumbs-widgeten (Elementor Pro återger Yoast SEO:s brödsmulor).
 *
 * @return void
 */
function bygge_render_breadcrumbs() {
	$crumbs   = [];
	$crumbs[] = '<span><a href="' . esc_url( home_url( '/' ) ) . '">Hem</a></span>';

	if ( is_singular( 'post' ) ) {
		$post = get_post();
		$cats = get_the_category( $post->ID );
		if ( $cats ) {
			$primary = $cats[0];
			$chain   = array_reverse( get_ancestors( $primary->term_id, 'category', 'taxonomy' ) );
			$chain[] = $primary->term_id;
			foreach ( $chain as $term_id ) {
				$term = get_term( $term_id, 'category' );
				if ( $term && ! is_wp_error( $term ) ) {
					$link = get_term_link( $term );
					if ( ! is_wp_error( $link ) ) {
						$crumbs[] = '<span><a href="' . esc_url( $link ) . '">' . esc_html( $term->name ) . '</a></span>';
					}
				}
			}
		}
		$crumbs[] = '<span class="breadcrumb_last" aria-current="page">' . esc_html( $post->post_title ) . '</span>';
	}
	echo '<p id="breadcrumbs"><span>' . implode( ' » ', $crumbs ) . '</span></p>'; // phpcs:ignore
}

/**
 * Search Form-widget.
 *
 * @param string $skin classic|full_screen.
 * @return void
 */
function bygge_render_search_form( $skin = 'classic' ) {
	$home = esc_url( home_url( '/' ) );
	?>
		<form class="elementor-search-form" role="search" action="<?php echo $home; // phpcs:ignore ?>" method="get">
			<?php if ( 'full_screen' === $skin ) : ?>
			<div class="elementor-search-form__toggle">
				<i aria-hidden="true" class="fas fa-search"></i>				<span class="elementor-screen-only">Sök</span>
			</div>
			<?php endif; ?>
			<div class="elementor-search-form__container">
								<input placeholder="Sök..." class="elementor-search-form__input" type="search" name="s" title="Sök" value="<?php echo esc_attr( get_search_query() ); ?>">
				<?php if ( 'full_screen' === $skin ) : ?>
								<div class="dialog-lightbox-close-button dialog-close-button">
					<i aria-hidden="true" class="eicon-close"></i>					<span class="elementor-screen-only">Stäng</span>
				</div>
				<?php else : ?>
													<button class="elementor-search-form__submit" type="submit" title="Sök" aria-label="Sök">
													<i aria-hidden="true" class="fas fa-search"></i>							<span class="elementor-screen-only">Sök</span>
											</button>
				<?php endif; ?>
							</div>
		</form>
		<?php
}

/**
 * Form-widgeten (nyhetsbrev). Dolda fält innehåller formulärets mall-ID och
 * titeln/ID:t på sidan där formuläret visas.
 *
 * @param string $form_id Elementor-ID för formulärwidgeten.
 * @param int    $post_id Mallen formuläret ligger i.
 * @return void
 */
function bygge_render_newsletter_form( $form_id, $post_id ) {
	$queried_id = (int) get_queried_object_id();
	?>
		<form class="elementor-form" method="post" name="Nyhetsbrev">
			<input type="hidden" name="post_id" value="<?php echo (int) $post_id; ?>"/>
			<input type="hidden" name="form_id" value="<?php echo esc_attr( $form_id ); ?>"/>
			<input type="hidden" name="referer_title" value="<?php echo esc_attr( wp_get_document_title() ); ?>" />

							<input type="hidden" name="queried_id" value="<?php echo $queried_id; // phpcs:ignore ?>"/>
			
			<div class="elementor-form-fields-wrapper elementor-labels-">
								<div class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-name elementor-col-100">
												<label for="form-field-name" class="elementor-field-label elementor-screen-only">
								Förnamn							</label>
														<input size="1" type="text" name="form_fields[name]" id="form-field-name" class="elementor-field elementor-size-md  elementor-field-textual" placeholder="Förnamn">
											</div>
								<div class="elementor-field-type-email elementor-field-group elementor-column elementor-field-group-email elementor-col-100 elementor-field-required">
												<label for="form-field-email" class="elementor-field-label elementor-screen-only">
								E-post							</label>
														<input size="1" type="email" name="form_fields[email]" id="form-field-email" class="elementor-field elementor-size-md  elementor-field-textual" placeholder="Din e-postadress" required="required" aria-required="true">
											</div>
								<div class="elementor-field-type-acceptance elementor-field-group elementor-column elementor-field-group-field_gdpr elementor-col-100 elementor-field-required">
												<label for="form-field-field_gdpr" class="elementor-field-label elementor-screen-only">
								Samtycke							</label>
								<div class="elementor-field-subgroup">
			<span class="elementor-field-option">
				<input type="checkbox" name="form_fields[field_gdpr]" id="form-field-field_gdpr" class="elementor-field elementor-size-md  elementor-acceptance-field" required="required" aria-required="true">
				<label for="form-field-field_gdpr">Jag godkänner att Bygge sparar mina uppgifter enligt <a href="<?php echo esc_url( home_url( '/integritetspolicy/' ) ); ?>">integritetspolicyn</a>.</label>			</span>
		</div>
						</div>
								<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons">
					<button type="submit" class="elementor-button elementor-size-md">
						<span >
															<span class=" elementor-button-icon">
																										</span>
																						<span class="elementor-button-text">Prenumerera</span>
													</span>
					</button>
				</div>
			</div>
		</form>
		<?php
}

/**
 * Icon List-widget.
 *
 * @param array $items [ _id, text, icon, url ].
 * @return void
 */
function bygge_render_icon_list( $items ) {
	echo "\t\t<ul class=\"elementor-icon-list-items\">\n";
	foreach ( $items as $item ) {
		echo "\t\t\t\t\t\t\t<li class=\"elementor-icon-list-item\">\n";
		if ( ! empty( $item['url'] ) ) {
			echo "\t\t\t\t\t\t\t\t\t\t\t<a href=\"" . esc_url( $item['url'] ) . "\">\n\n";
		}
		echo "\t\t\t\t\t\t\t\t\t\t\t\t<span class=\"elementor-icon-list-icon\">\n\t\t\t\t\t\t\t" . bygge_fa( $item['icon'] ) . "\t\t\t\t\t\t</span>\n"; // phpcs:ignore
		echo "\t\t\t\t\t\t\t\t\t\t<span class=\"elementor-icon-list-text\">" . esc_html( $item['text'] ) . "</span>\n";
		if ( ! empty( $item['url'] ) ) {
			echo "\t\t\t\t\t\t\t\t\t\t\t</a>\n";
		}
		echo "\t\t\t\t\t\t\t\t\t</li>\n";
	}
	echo "\t\t\t\t\t\t</ul>\n";
}

/**
 * Button-widget.
 *
 * @param string $text  Text.
 * @param string $url   Länk (kan vara en Elementor-action).
 * @param string $size  sm|md|lg.
 * @return void
 */
function bygge_render_button( $text, $url, $size = 'sm' ) {
	?>
		<div class="elementor-button-wrapper">
			<a href="<?php echo esc_attr( $url ); ?>" class="elementor-button-link elementor-button elementor-size-<?php echo esc_attr( $size ); ?>" role="button">
						<span class="elementor-button-content-wrapper">
						<span class="elementor-button-text"><?php echo esc_html( $text ); ?></span>
		</span>
					</a>
		</div>
		<?php
}

/**
 * Social Icons-widget.
 *
 * @return void
 */
function bygge_render_social_icons() {
	$icons = [
		'linkedin'  => [ 'https://www.linkedin.com/company/bygge-kommunikation/', 'fab fa-linkedin', 'Linkedin', 'c2d6b0a' ],
		'instagram' => [ 'https://www.instagram.com/byggekommunikation/', 'fab fa-instagram', 'Instagram', '8e51f47' ],
		'facebook'  => [ 'https://www.facebook.com/byggekommunikation', 'fab fa-facebook', 'Facebook', '1a0c9d3' ],
	];
	echo "\t\t<div class=\"elementor-social-icons-wrapper elementor-grid\">\n";
	foreach ( $icons as $key => $icon ) {
		echo "\t\t\t\t\t\t\t<span class=\"elementor-grid-item\">\n";
		echo "\t\t\t\t\t<a class=\"elementor-icon elementor-social-icon elementor-social-icon-" . esc_attr( $key ) . ' elementor-repeater-item-' . esc_attr( $icon[3] ) . '" href="' . esc_url( $icon[0] ) . "\" target=\"_blank\">\n";
		echo "\t\t\t\t\t\t<span class=\"elementor-screen-only\">" . esc_html( $icon[2] ) . "</span>\n";
		echo "\t\t\t\t\t\t" . bygge_fa( $icon[1] ) . "\t\t\t\t\t</a>\n"; // phpcs:ignore
		echo "\t\t\t\t</span>\n";
	}
	echo "\t\t\t\t\t</div>\n";
}

/**
 * Site Logo-widget (Theme Builder, bygger på Image-widgeten).
 *
 * @return void
 */
function bygge_render_site_logo() {
	$logo_id = (int) get_theme_mod( 'custom_logo' );
	$img     = $logo_id ? bygge_attachment_image_html( $logo_id, 'full' ) : '';
	if ( ! $img ) {
		// Elementors platshållare när ingen logotyp är vald.
		$img = '<img src="' . esc_url( get_template_directory_uri() . '/assets/images/logo-bygge.svg' ) . '" title="Bygge" alt="Bygge" loading="lazy" />';
	}
	echo "\t\t\t\t\t\t\t\t\t\t\t\t<a href=\"" . esc_url( home_url() ) . "\">\n\t\t\t\t\t\t\t" . $img . "\t\t\t\t\t\t\t\t</a>\n"; // phpcs:ignore
}
