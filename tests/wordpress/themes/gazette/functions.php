<?php
/**
 * Gazette functions and definitions.
 *
 * @package Gazette
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'GAZETTE_VERSION', '1.0.0' );

if ( ! isset( $content_width ) ) {
	$content_width = 800;
}

/**
 * Theme setup.
 */
function gazette_setup() {
	load_theme_textdomain( 'gazette', get_template_directory() . '/languages' );

	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support(
		'html5',
		array(
			'search-form',
			'comment-form',
			'comment-list',
			'gallery',
			'caption',
			'style',
			'script',
		)
	);
	add_theme_support(
		'custom-logo',
		array(
			'height'      => 80,
			'width'       => 320,
			'flex-height' => true,
			'flex-width'  => true,
		)
	);
	add_theme_support( 'customize-selective-refresh-widgets' );
	add_theme_support( 'responsive-embeds' );
	add_theme_support( 'align-wide' );

	add_image_size( 'gazette-card', 720, 450, true );
	add_image_size( 'gazette-thumb', 168, 128, true );

	register_nav_menus(
		array(
			'primary' => __( 'Huvudmeny', 'gazette' ),
			'footer'  => __( 'Sidfotsmeny', 'gazette' ),
		)
	);
}
add_action( 'after_setup_theme', 'gazette_setup' );

/**
 * Widget areas.
 */
function gazette_widgets_init() {
	$shared = array(
		'before_widget' => '<section id="%1$s" class="gz-widget widget %2$s">',
		'after_widget'  => '</section>',
		'before_title'  => '<h2 class="gz-widget__title widget-title">',
		'after_title'   => '</h2>',
	);

	register_sidebar(
		array_merge(
			$shared,
			array(
				'name'        => __( 'Sidofält', 'gazette' ),
				'id'          => 'sidebar-1',
				'description' => __( 'Widgetar i sidofältet bredvid innehållet.', 'gazette' ),
			)
		)
	);

	for ( $i = 1; $i <= 3; $i++ ) {
		register_sidebar(
			array_merge(
				$shared,
				array(
					/* translators: %d: footer column number. */
					'name'        => sprintf( __( 'Sidfot %d', 'gazette' ), $i ),
					'id'          => 'footer-' . $i,
					'description' => __( 'Widgetar i sidfotens kolumner.', 'gazette' ),
				)
			)
		);
	}
}
add_action( 'widgets_init', 'gazette_widgets_init' );

/**
 * Styles and scripts.
 */
function gazette_scripts() {
	wp_enqueue_style( 'gazette-style', get_stylesheet_uri(), array(), GAZETTE_VERSION );
	wp_enqueue_script( 'gazette-theme', get_template_directory_uri() . '/assets/js/theme.js', array(), GAZETTE_VERSION, true );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'gazette_scripts' );

/**
 * Excerpt length for cards.
 *
 * @param int $length Default length.
 * @return int
 */
function gazette_excerpt_length( $length ) {
	if ( is_admin() ) {
		return $length;
	}
	return 26;
}
add_filter( 'excerpt_length', 'gazette_excerpt_length', 20 );

/**
 * Excerpt "more" string.
 *
 * @param string $more Default more string.
 * @return string
 */
function gazette_excerpt_more( $more ) {
	if ( is_admin() ) {
		return $more;
	}
	return '&hellip;';
}
add_filter( 'excerpt_more', 'gazette_excerpt_more' );

/* ==========================================================================
   Template helpers
   ========================================================================== */

/**
 * Primary category of a post (Yoast primary term if set, otherwise the first category).
 *
 * @param int|WP_Post|null $post Post.
 * @return WP_Term|null
 */
function gazette_get_primary_category( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return null;
	}

	$primary_id = (int) get_post_meta( $post->ID, '_yoast_wpseo_primary_category', true );
	if ( $primary_id ) {
		$term = get_term( $primary_id, 'category' );
		if ( $term instanceof WP_Term && has_term( $term->term_id, 'category', $post ) ) {
			return $term;
		}
	}

	$categories = get_the_category( $post->ID );
	if ( empty( $categories ) ) {
		return null;
	}

	return $categories[0];
}

/**
 * Category badge link.
 *
 * @param int|WP_Post|null $post  Post.
 * @param string           $class Extra class.
 */
function gazette_category_badge( $post = null, $class = '' ) {
	$category = gazette_get_primary_category( $post );
	if ( ! $category ) {
		return;
	}
	printf(
		'<a class="%1$s" href="%2$s">%3$s</a>',
		esc_attr( trim( 'gz-badge gz-badge--cat ' . $class ) ),
		esc_url( get_category_link( $category ) ),
		esc_html( $category->name )
	);
}

/**
 * Publication date as a <time> element.
 *
 * @param int|WP_Post|null $post  Post.
 * @param string           $class Class attribute.
 * @return string
 */
function gazette_get_date_markup( $post = null, $class = 'gz-date' ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return '';
	}
	return sprintf(
		'<time class="%1$s" datetime="%2$s">%3$s</time>',
		esc_attr( $class ),
		esc_attr( get_the_date( 'c', $post ) ),
		esc_html( get_the_date( '', $post ) )
	);
}

/**
 * Estimated reading time in minutes.
 *
 * @param int|WP_Post|null $post Post.
 * @return int
 */
function gazette_reading_time( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return 0;
	}
	$text  = wp_strip_all_tags( strip_shortcodes( $post->post_content ) );
	$words = preg_split( '/\s+/u', trim( $text ), -1, PREG_SPLIT_NO_EMPTY );
	$count = is_array( $words ) ? count( $words ) : 0;
	$wpm   = (int) apply_filters( 'gazette_words_per_minute', 200 );
	$wpm   = $wpm > 0 ? $wpm : 200;

	return max( 1, (int) ceil( $count / $wpm ) );
}

/**
 * Plain-text post title (entities decoded), for use in URLs.
 *
 * @param int|WP_Post|null $post Post.
 * @return string
 */
function gazette_plain_title( $post = null ) {
	return wp_strip_all_tags( html_entity_decode( get_the_title( $post ), ENT_QUOTES, get_bloginfo( 'charset' ) ) );
}

/**
 * Breadcrumbs: Hem › (parent categories ›) Category › Post title.
 */
function gazette_breadcrumbs() {
	if ( is_front_page() ) {
		return;
	}

	$crumbs   = array();
	$crumbs[] = array(
		'label' => __( 'Hem', 'gazette' ),
		'url'   => home_url( '/' ),
	);

	$add_term_ancestors = function ( $term ) use ( &$crumbs ) {
		$ancestors = array_reverse( get_ancestors( $term->term_id, $term->taxonomy, 'taxonomy' ) );
		foreach ( $ancestors as $ancestor_id ) {
			$ancestor = get_term( $ancestor_id, $term->taxonomy );
			if ( ! $ancestor instanceof WP_Term ) {
				continue;
			}
			$link = get_term_link( $ancestor );
			$crumbs[] = array(
				'label' => $ancestor->name,
				'url'   => is_wp_error( $link ) ? '' : $link,
			);
		}
	};

	if ( is_singular() ) {
		$post_id = get_queried_object_id();

		if ( 'post' === get_post_type( $post_id ) ) {
			$category = gazette_get_primary_category( $post_id );
			if ( $category ) {
				$add_term_ancestors( $category );
				$crumbs[] = array(
					'label' => $category->name,
					'url'   => get_category_link( $category ),
				);
			}
		} elseif ( is_page() ) {
			foreach ( array_reverse( get_post_ancestors( $post_id ) ) as $ancestor_id ) {
				$crumbs[] = array(
					'label' => get_the_title( $ancestor_id ),
					'url'   => get_permalink( $ancestor_id ),
				);
			}
		}

		$crumbs[] = array(
			'label' => get_the_title( $post_id ),
			'url'   => '',
		);
	} elseif ( is_category() || is_tag() || is_tax() ) {
		$term = get_queried_object();
		if ( $term instanceof WP_Term ) {
			$add_term_ancestors( $term );
			$crumbs[] = array(
				'label' => $term->name,
				'url'   => '',
			);
		}
	} elseif ( is_search() ) {
		$crumbs[] = array(
			/* translators: %s: search query. */
			'label' => sprintf( __( 'Sökresultat för ”%s”', 'gazette' ), get_search_query( false ) ),
			'url'   => '',
		);
	} elseif ( is_author() ) {
		$crumbs[] = array(
			'label' => get_the_author_meta( 'display_name', get_queried_object_id() ),
			'url'   => '',
		);
	} elseif ( is_date() ) {
		$crumbs[] = array(
			'label' => wp_strip_all_tags( get_the_archive_title() ),
			'url'   => '',
		);
	} elseif ( is_home() ) {
		$crumbs[] = array(
			'label' => single_post_title( '', false ),
			'url'   => '',
		);
	} elseif ( is_404() ) {
		$crumbs[] = array(
			'label' => __( 'Sidan hittades inte', 'gazette' ),
			'url'   => '',
		);
	}

	$crumbs = array_values(
		array_filter(
			$crumbs,
			function ( $crumb ) {
				return '' !== trim( wp_strip_all_tags( (string) $crumb['label'] ) );
			}
		)
	);

	if ( count( $crumbs ) < 2 ) {
		return;
	}

	$last = count( $crumbs ) - 1;
	echo '<nav class="gz-breadcrumbs" aria-label="' . esc_attr__( 'Brödsmulor', 'gazette' ) . '">';
	echo '<ol class="gz-breadcrumbs__list" itemscope itemtype="https://schema.org/BreadcrumbList">';
	foreach ( $crumbs as $index => $crumb ) {
		$is_current = ( $index === $last );
		$label      = esc_html( wp_strip_all_tags( (string) $crumb['label'] ) );

		echo '<li class="gz-breadcrumbs__item' . ( $is_current ? ' gz-breadcrumbs__item--current' : '' ) . '" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">';
		if ( $index > 0 ) {
			echo '<span class="gz-breadcrumbs__sep" aria-hidden="true">&rsaquo;</span>';
		}
		if ( ! $is_current && ! empty( $crumb['url'] ) ) {
			echo '<a itemprop="item" href="' . esc_url( $crumb['url'] ) . '"><span itemprop="name">' . $label . '</span></a>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
		} else {
			echo '<span itemprop="name"' . ( $is_current ? ' aria-current="page"' : '' ) . '>' . $label . '</span>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
		}
		echo '<meta itemprop="position" content="' . esc_attr( $index + 1 ) . '" />';
		echo '</li>';
	}
	echo '</ol></nav>';
}

/**
 * Meta bar on single posts: author, updated, published, comments, reading time.
 */
function gazette_single_meta() {
	$post = get_post();
	if ( ! $post ) {
		return;
	}

	$author_id = (int) $post->post_author;
	$published = get_post_timestamp( $post, 'date' );
	$modified  = get_post_timestamp( $post, 'modified' );
	$count     = (int) get_comments_number( $post );
	?>
	<div class="gz-meta gz-single__meta">
		<span class="gz-meta__author">
			<?php echo get_avatar( $author_id, 40, '', get_the_author_meta( 'display_name', $author_id ), array( 'class' => 'gz-meta__avatar' ) ); ?>
			<span class="gz-meta__byline"><?php echo esc_html_x( 'Av', 'post author byline', 'gazette' ); ?> <span class="author vcard"><?php echo get_the_author_posts_link(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?></span></span>
		</span>
		<?php if ( $published && $modified && $modified > $published ) : ?>
			<span class="gz-meta__item gz-date gz-date--updated"><?php esc_html_e( 'Uppdaterad', 'gazette' ); ?> <time class="updated" datetime="<?php echo esc_attr( get_the_modified_date( 'c', $post ) ); ?>"><?php echo esc_html( get_the_modified_date( '', $post ) ); ?></time></span>
		<?php endif; ?>
		<span class="gz-meta__item gz-date gz-date--published"><?php esc_html_e( 'Publicerad', 'gazette' ); ?> <time class="entry-date published" datetime="<?php echo esc_attr( get_the_date( 'c', $post ) ); ?>"><?php echo esc_html( get_the_date( '', $post ) ); ?></time></span>
		<span class="gz-meta__item gz-meta__comments">
			<?php
			/* translators: %s: number of comments. */
			$comments_label = sprintf( _n( '%s kommentar', '%s kommentarer', $count, 'gazette' ), number_format_i18n( $count ) );
			if ( comments_open( $post ) || $count > 0 ) {
				printf( '<a href="%1$s">%2$s</a>', esc_url( get_comments_link( $post ) ), esc_html( $comments_label ) );
			} else {
				echo esc_html( $comments_label );
			}
			?>
		</span>
		<?php if ( ! post_password_required( $post ) ) : ?>
			<span class="gz-meta__item gz-meta__reading">
				<?php
				/* translators: %s: estimated reading time in minutes. */
				echo esc_html( sprintf( __( '%s min läsning', 'gazette' ), number_format_i18n( gazette_reading_time( $post ) ) ) );
				?>
			</span>
		<?php endif; ?>
	</div>
	<?php
}

/**
 * Social share buttons.
 *
 * @param string $location "top" or "bottom".
 */
function gazette_share_buttons( $location = 'top' ) {
	$url   = get_permalink();
	$title = gazette_plain_title();

	$networks = array(
		'facebook' => array(
			'label' => __( 'Dela', 'gazette' ),
			'sr'    => __( 'på Facebook', 'gazette' ),
			'url'   => 'https://www.facebook.com/sharer/sharer.php?u=' . rawurlencode( $url ),
		),
		'twitter'  => array(
			'label' => __( 'Tweeta', 'gazette' ),
			'sr'    => __( 'på Twitter', 'gazette' ),
			'url'   => 'https://twitter.com/intent/tweet?text=' . rawurlencode( $title ) . '&url=' . rawurlencode( $url ),
		),
		'linkedin' => array(
			'label' => __( 'Posta', 'gazette' ),
			'sr'    => __( 'på LinkedIn', 'gazette' ),
			'url'   => 'https://www.linkedin.com/sharing/share-offsite/?url=' . rawurlencode( $url ),
		),
		'email'    => array(
			'label' => __( 'Mejla', 'gazette' ),
			'sr'    => __( 'artikeln via e-post', 'gazette' ),
			'url'   => 'mailto:?subject=' . rawurlencode( $title ) . '&body=' . rawurlencode( $url ),
		),
	);
	?>
	<div class="gz-share gz-share--<?php echo esc_attr( $location ); ?>">
		<span class="gz-share__title"><?php esc_html_e( 'Dela artikeln', 'gazette' ); ?></span>
		<?php foreach ( $networks as $key => $network ) : ?>
			<a class="gz-share__link gz-share__link--<?php echo esc_attr( $key ); ?>" href="<?php echo esc_url( $network['url'] ); ?>"<?php echo 'email' === $key ? '' : ' target="_blank" rel="noopener noreferrer nofollow"'; ?>>
				<span class="gz-share__label"><?php echo esc_html( $network['label'] ); ?></span>
				<span class="screen-reader-text"><?php echo esc_html( $network['sr'] ); ?></span>
			</a>
		<?php endforeach; ?>
	</div>
	<?php
}

/**
 * Author box below the post.
 */
function gazette_author_box() {
	$author_id = (int) get_the_author_meta( 'ID' );
	if ( ! $author_id ) {
		return;
	}
	$name        = get_the_author_meta( 'display_name', $author_id );
	$description = get_the_author_meta( 'description', $author_id );
	$posts_url   = get_author_posts_url( $author_id );
	?>
	<section class="gz-authorbox">
		<div class="gz-authorbox__avatar">
			<?php echo get_avatar( $author_id, 96, '', $name ); ?>
		</div>
		<div class="gz-authorbox__body">
			<span class="gz-authorbox__label"><?php esc_html_e( 'Om författaren', 'gazette' ); ?></span>
			<h2 class="gz-authorbox__name"><a href="<?php echo esc_url( $posts_url ); ?>"><?php echo esc_html( $name ); ?></a></h2>
			<?php if ( $description ) : ?>
				<div class="gz-authorbox__bio"><?php echo wp_kses_post( wpautop( $description ) ); ?></div>
			<?php endif; ?>
			<a class="gz-authorbox__more" href="<?php echo esc_url( $posts_url ); ?>">
				<?php
				/* translators: %s: author display name. */
				echo esc_html( sprintf( __( 'Alla inlägg av %s', 'gazette' ), $name ) );
				?>
			</a>
		</div>
	</section>
	<?php
}

/**
 * Previous / next post cards.
 */
function gazette_post_navigation() {
	$previous = get_previous_post();
	$next     = get_next_post();

	if ( ! $previous && ! $next ) {
		return;
	}

	$items = array(
		'prev' => array(
			'post'  => $previous,
			'label' => __( 'Föregående inlägg', 'gazette' ),
		),
		'next' => array(
			'post'  => $next,
			'label' => __( 'Nästa inlägg', 'gazette' ),
		),
	);
	?>
	<nav class="gz-postnav" aria-label="<?php esc_attr_e( 'Inläggsnavigering', 'gazette' ); ?>">
		<?php foreach ( $items as $key => $item ) : ?>
			<div class="gz-postnav__item gz-postnav__item--<?php echo esc_attr( $key ); ?>">
				<?php
				if ( $item['post'] instanceof WP_Post ) :
					$adjacent = $item['post'];
					?>
					<a class="gz-postnav__card" href="<?php echo esc_url( get_permalink( $adjacent ) ); ?>" rel="<?php echo esc_attr( $key ); ?>">
						<?php if ( has_post_thumbnail( $adjacent ) ) : ?>
							<span class="gz-postnav__thumb"><?php echo get_the_post_thumbnail( $adjacent, 'gazette-thumb', array( 'alt' => '' ) ); ?></span>
						<?php endif; ?>
						<span class="gz-postnav__text">
							<span class="gz-postnav__label"><?php echo esc_html( $item['label'] ); ?></span>
							<span class="gz-postnav__title"><?php echo esc_html( wp_strip_all_tags( get_the_title( $adjacent ) ) ); ?></span>
							<?php echo gazette_get_date_markup( $adjacent, 'gz-postnav__date' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in helper. ?>
						</span>
					</a>
				<?php endif; ?>
			</div>
		<?php endforeach; ?>
	</nav>
	<?php
}

/**
 * Related posts from the same (primary) category.
 */
function gazette_related_posts() {
	$post_id  = get_the_ID();
	$category = gazette_get_primary_category( $post_id );
	if ( ! $category ) {
		return;
	}

	$related = new WP_Query(
		array(
			'post_type'           => 'post',
			'post_status'         => 'publish',
			'category__in'        => array( (int) $category->term_id ),
			'post__not_in'        => array( (int) $post_id ),
			'posts_per_page'      => 3,
			'ignore_sticky_posts' => true,
			'no_found_rows'       => true,
		)
	);

	if ( ! $related->have_posts() ) {
		return;
	}
	?>
	<section class="gz-related">
		<h2 class="gz-section-title gz-related__heading"><?php esc_html_e( 'Relaterade inlägg', 'gazette' ); ?></h2>
		<div class="gz-related__grid">
			<?php
			while ( $related->have_posts() ) :
				$related->the_post();
				if ( post_password_required() ) {
					$snippet = '';
				} elseif ( has_excerpt() ) {
					$snippet = wp_trim_words( get_the_excerpt(), 16, '&hellip;' );
				} else {
					$snippet = wp_trim_words( excerpt_remove_blocks( strip_shortcodes( get_post_field( 'post_content', get_the_ID(), 'raw' ) ) ), 16, '&hellip;' );
				}
				?>
				<article class="gz-related__item">
					<a class="gz-related__media" href="<?php the_permalink(); ?>" tabindex="-1" aria-hidden="true">
						<?php
						if ( has_post_thumbnail() ) {
							the_post_thumbnail( 'gazette-card', array( 'alt' => '' ) );
						} else {
							echo '<span class="gz-thumb-placeholder"></span>';
						}
						?>
					</a>
					<h3 class="gz-related__title"><a href="<?php the_permalink(); ?>"><?php the_title(); ?></a></h3>
					<?php echo gazette_get_date_markup( null, 'gz-related__date' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in helper. ?>
					<?php if ( $snippet ) : ?>
						<p class="gz-related__excerpt"><?php echo esc_html( html_entity_decode( $snippet, ENT_QUOTES, get_bloginfo( 'charset' ) ) ); ?></p>
					<?php endif; ?>
				</article>
			<?php endwhile; ?>
		</div>
	</section>
	<?php
	wp_reset_postdata();
}

/**
 * Compact post list (used by sidebar, footer and 404 fallbacks).
 *
 * @param WP_Post[] $posts      Posts.
 * @param bool      $thumbnails Show thumbnails.
 */
function gazette_post_list( $posts, $thumbnails = true ) {
	if ( empty( $posts ) ) {
		return;
	}
	echo '<ul class="gz-postlist">';
	foreach ( $posts as $item ) {
		echo '<li class="gz-postlist__item">';
		if ( $thumbnails ) {
			echo '<a class="gz-postlist__thumb" href="' . esc_url( get_permalink( $item ) ) . '" tabindex="-1" aria-hidden="true">';
			if ( has_post_thumbnail( $item ) ) {
				echo get_the_post_thumbnail( $item, 'gazette-thumb', array( 'alt' => '' ) );
			} else {
				echo '<span class="gz-thumb-placeholder"></span>';
			}
			echo '</a>';
		}
		echo '<div class="gz-postlist__body">';
		echo '<a class="gz-postlist__title" href="' . esc_url( get_permalink( $item ) ) . '">' . esc_html( wp_strip_all_tags( get_the_title( $item ) ) ) . '</a>';
		echo gazette_get_date_markup( $item, 'gz-postlist__date' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in helper.
		echo '</div>';
		echo '</li>';
	}
	echo '</ul>';
}

/**
 * Primary menu fallback: home link + categories.
 *
 * @param array $args wp_nav_menu() arguments.
 */
function gazette_menu_fallback( $args = array() ) {
	echo '<ul id="gz-primary-menu" class="gz-menu gz-menu--fallback">';
	echo '<li class="menu-item' . ( is_front_page() ? ' current-menu-item' : '' ) . '"><a href="' . esc_url( home_url( '/' ) ) . '">' . esc_html__( 'Hem', 'gazette' ) . '</a></li>';
	wp_list_categories(
		array(
			'title_li'         => '',
			'depth'            => 2,
			'orderby'          => 'name',
			'hide_empty'       => true,
			'show_option_none' => '',
		)
	);
	echo '</ul>';
}

/* ==========================================================================
   Content injection: "Läs också" + newsletter box
   ========================================================================== */

/**
 * "Läs också:" box linking to another recent post.
 *
 * @param int $exclude_id Current post ID.
 * @return string
 */
function gazette_get_read_also_box( $exclude_id ) {
	$recent = get_posts(
		array(
			'numberposts'  => 1,
			'post_type'    => 'post',
			'post_status'  => 'publish',
			'post__not_in' => array( (int) $exclude_id ),
			'has_password' => false,
		)
	);

	if ( empty( $recent ) ) {
		return '';
	}

	return sprintf(
		'<aside class="gz-readalso"><span class="gz-readalso__label">%1$s</span> <a class="gz-readalso__link" href="%2$s">%3$s</a></aside>',
		esc_html__( 'Läs också:', 'gazette' ),
		esc_url( get_permalink( $recent[0] ) ),
		esc_html( wp_strip_all_tags( get_the_title( $recent[0] ) ) )
	);
}

/**
 * Newsletter sign-up box.
 *
 * @return string
 */
function gazette_get_newsletter_box() {
	$notice = '';
	if ( isset( $_GET['gz-newsletter'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$status = sanitize_key( wp_unslash( $_GET['gz-newsletter'] ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		if ( 'ok' === $status ) {
			$notice = __( 'Tack! Du är nu anmäld till nyhetsbrevet.', 'gazette' );
		} elseif ( 'error' === $status ) {
			$notice = __( 'Något gick fel. Kontrollera e-postadressen och försök igen.', 'gazette' );
		}
	}

	ob_start();
	?>
	<aside class="gz-newsletter" id="gz-newsletter">
		<h3 class="gz-newsletter__title"><?php esc_html_e( 'Prenumerera på nyhetsbrevet', 'gazette' ); ?></h3>
		<p class="gz-newsletter__text"><?php esc_html_e( 'Få de senaste artiklarna direkt i inkorgen. Ingen spam – avsluta när du vill.', 'gazette' ); ?></p>
		<?php if ( $notice ) : ?>
			<p class="gz-newsletter__notice" role="status"><?php echo esc_html( $notice ); ?></p>
		<?php endif; ?>
		<form class="gz-newsletter__form" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" method="post">
			<label class="screen-reader-text" for="gz-newsletter-email"><?php esc_html_e( 'Din e-postadress', 'gazette' ); ?></label>
			<input class="gz-newsletter__input" type="email" id="gz-newsletter-email" name="gz_newsletter_email" placeholder="<?php esc_attr_e( 'Din e-postadress', 'gazette' ); ?>" autocomplete="email" required />
			<input type="hidden" name="action" value="gazette_newsletter" />
			<input type="hidden" name="gz_redirect" value="<?php echo esc_url( get_permalink() ); ?>" />
			<?php wp_nonce_field( 'gazette_newsletter', 'gz_newsletter_nonce', false ); ?>
			<button class="gz-newsletter__button" type="submit"><?php esc_html_e( 'Prenumerera', 'gazette' ); ?></button>
		</form>
	</aside>
	<?php
	return (string) ob_get_clean();
}

/**
 * Inject the boxes into the main single post content.
 *
 * @param string $content Post content.
 * @return string
 */
function gazette_inject_content_boxes( $content ) {
	if ( is_admin() || is_feed() || ! is_singular( 'post' ) || ! in_the_loop() || ! is_main_query() ) {
		return $content;
	}

	$post_id = get_the_ID();
	if ( ! $post_id || (int) $post_id !== (int) get_queried_object_id() || post_password_required( $post_id ) ) {
		return $content;
	}

	$read_also = gazette_get_read_also_box( $post_id );

	if ( $read_also ) {
		$offset = 0;
		$found  = 0;
		while ( $found < 2 ) {
			$position = stripos( $content, '</p>', $offset );
			if ( false === $position ) {
				break;
			}
			$found++;
			$offset = $position + 4;
		}

		if ( 2 === $found ) {
			$content = substr( $content, 0, $offset ) . "\n" . $read_also . "\n" . substr( $content, $offset );
		} else {
			$content .= "\n" . $read_also;
		}
	}

	return $content . "\n" . gazette_get_newsletter_box();
}
add_filter( 'the_content', 'gazette_inject_content_boxes', 20 );

/**
 * Newsletter form handler.
 */
function gazette_handle_newsletter() {
	$redirect = isset( $_POST['gz_redirect'] ) ? esc_url_raw( wp_unslash( $_POST['gz_redirect'] ) ) : '';
	$redirect = wp_validate_redirect( $redirect, home_url( '/' ) );

	$nonce = isset( $_POST['gz_newsletter_nonce'] ) ? sanitize_text_field( wp_unslash( $_POST['gz_newsletter_nonce'] ) ) : '';
	$email = isset( $_POST['gz_newsletter_email'] ) ? sanitize_email( wp_unslash( $_POST['gz_newsletter_email'] ) ) : '';

	$status = 'error';
	if ( wp_verify_nonce( $nonce, 'gazette_newsletter' ) && is_email( $email ) ) {
		/**
		 * Fires when a visitor signs up for the newsletter. Hook a mailing-list integration here.
		 *
		 * @param string $email Sanitized e-mail address.
		 */
		do_action( 'gazette_newsletter_signup', $email );
		$status = 'ok';
	}

	wp_safe_redirect( add_query_arg( 'gz-newsletter', $status, $redirect ) . '#gz-newsletter' );
	exit;
}
add_action( 'admin_post_gazette_newsletter', 'gazette_handle_newsletter' );
add_action( 'admin_post_nopriv_gazette_newsletter', 'gazette_handle_newsletter' );

/* ==========================================================================
   Comments
   ========================================================================== */

/**
 * Comment callback for wp_list_comments().
 *
 * The walker closes the <li> itself.
 *
 * @param WP_Comment $comment Comment.
 * @param array      $args    Arguments.
 * @param int        $depth   Depth.
 */
function gazette_comment( $comment, $args, $depth ) {
	$type = get_comment_type( $comment );

	if ( 'pingback' === $type || 'trackback' === $type ) {
		?>
		<li id="comment-<?php echo esc_attr( $comment->comment_ID ); ?>" <?php comment_class( 'gz-comment gz-comment--ping', $comment ); ?>>
			<div class="gz-ping">
				<span class="gz-ping__label"><?php echo 'trackback' === $type ? esc_html__( 'Trackback:', 'gazette' ) : esc_html__( 'Pingback:', 'gazette' ); ?></span>
				<span class="gz-ping__source"><?php echo get_comment_author_link( $comment ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?></span>
				<?php edit_comment_link( esc_html__( 'Redigera', 'gazette' ), '<span class="gz-ping__edit"> · ', '</span>', $comment ); ?>
			</div>
		<?php
		return;
	}

	$post      = get_post( $comment->comment_post_ID );
	$user_id   = (int) $comment->user_id;
	$is_author = $post && $user_id > 0 && $user_id === (int) $post->post_author;

	$gmt_date = $comment->comment_date_gmt;
	if ( $gmt_date && '0000-00-00 00:00:00' !== $gmt_date ) {
		$timestamp = strtotime( $gmt_date . ' +0000' );
	} else {
		$timestamp = (int) get_comment_time( 'U', true );
	}

	$full_date = sprintf(
		/* translators: 1: comment date, 2: comment time. */
		__( '%1$s kl. %2$s', 'gazette' ),
		get_comment_date( '', $comment ),
		mysql2date( get_option( 'time_format' ), $comment->comment_date )
	);

	/* translators: %s: human-readable time difference, e.g. "3 år". */
	$relative = sprintf( __( 'för %s sedan', 'gazette' ), human_time_diff( $timestamp, time() ) );

	$avatar_size = isset( $args['avatar_size'] ) ? (int) $args['avatar_size'] : 56;
	$classes     = 'gz-comment' . ( empty( $args['has_children'] ) ? '' : ' gz-comment--parent' );
	?>
	<li id="comment-<?php echo esc_attr( $comment->comment_ID ); ?>" <?php comment_class( $classes, $comment ); ?>>
		<article id="div-comment-<?php echo esc_attr( $comment->comment_ID ); ?>" class="gz-comment__body">
			<header class="gz-comment__header">
				<?php if ( $avatar_size > 0 ) : ?>
					<div class="gz-comment__avatar"><?php echo get_avatar( $comment, $avatar_size, '', get_comment_author( $comment ) ); ?></div>
				<?php endif; ?>
				<div class="gz-comment__meta">
					<cite class="gz-comment__author fn"><?php echo get_comment_author_link( $comment ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?></cite>
					<?php if ( $is_author ) : ?>
						<span class="gz-badge gz-badge--author"><?php esc_html_e( 'Författare', 'gazette' ); ?></span>
					<?php endif; ?>
					<a class="gz-comment__permalink" href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>"><span class="gz-comment__date" title="<?php echo esc_attr( $full_date ); ?>"><?php echo esc_html( $relative ); ?></span></a>
				</div>
			</header>

			<?php if ( '0' === (string) $comment->comment_approved ) : ?>
				<p class="gz-comment__moderation"><?php esc_html_e( 'Din kommentar väntar på granskning. Den syns för andra när den har godkänts.', 'gazette' ); ?></p>
			<?php endif; ?>

			<div class="gz-comment__content">
				<?php comment_text( $comment, $args ); ?>
			</div>

			<footer class="gz-comment__actions">
				<?php
				comment_reply_link(
					array_merge(
						$args,
						array(
							'add_below'  => 'div-comment',
							'depth'      => $depth,
							'max_depth'  => isset( $args['max_depth'] ) ? $args['max_depth'] : (int) get_option( 'thread_comments_depth' ),
							'reply_text' => __( 'Svara', 'gazette' ),
							'before'     => '<span class="gz-comment__reply">',
							'after'      => '</span>',
						)
					),
					$comment
				);
				edit_comment_link( esc_html__( 'Redigera', 'gazette' ), '<span class="gz-comment__edit">', '</span>', $comment );
				?>
			</footer>
		</article>
	<?php
}
