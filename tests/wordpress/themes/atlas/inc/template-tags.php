<?php
/**
 * Template tags: small pieces of markup reused by the markup hooks.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'atlas_get_posted_on' ) ) :
	/**
	 * Published and modified date of the current post.
	 *
	 * Both dates are always printed, like most multipurpose themes do: the
	 * published date is visible, the modified date carries the "updated"
	 * class (hAtom) and is hidden with CSS (.atlas-post-meta .updated:not(.published)).
	 *
	 * @return string
	 */
	function atlas_get_posted_on() {
		$published = sprintf(
			'<time class="entry-date published" datetime="%1$s" itemprop="datePublished">%2$s</time>',
			esc_attr( get_the_date( DATE_W3C ) ),
			esc_html( get_the_date() )
		);

		$modified = sprintf(
			'<time class="updated" datetime="%1$s" itemprop="dateModified">%2$s</time>',
			esc_attr( get_the_modified_date( DATE_W3C ) ),
			esc_html( get_the_modified_date() )
		);

		return '<span class="posted-on">' . $published . $modified . '</span>';
	}
endif;

if ( ! function_exists( 'atlas_get_posted_by' ) ) :
	/**
	 * Author of the current post, linked to the author archive.
	 *
	 * @return string
	 */
	function atlas_get_posted_by() {
		return sprintf(
			'<span class="author vcard" itemprop="author" itemscope itemtype="https://schema.org/Person"><a class="url fn n" href="%1$s" rel="author" itemprop="url"><span class="author-name" itemprop="name">%2$s</span></a></span>',
			esc_url( get_author_posts_url( (int) get_the_author_meta( 'ID' ) ) ),
			esc_html( get_the_author() )
		);
	}
endif;

/**
 * One item of the meta row: icon, screen-reader label and value.
 *
 * @param string $key   Item key (used in the class name).
 * @param string $icon  Icon name.
 * @param string $label Screen-reader label.
 * @param string $value HTML value (already escaped).
 * @return string
 */
function atlas_get_meta_item( $key, $icon, $label, $value ) {
	if ( '' === trim( (string) $value ) ) {
		return '';
	}

	return sprintf(
		'<li class="atlas-meta-item atlas-meta-%1$s">%2$s<span class="screen-reader-text">%3$s</span><span class="atlas-meta-value">%4$s</span></li>',
		esc_attr( $key ),
		atlas_get_icon( $icon, 16 ),
		esc_html( $label ),
		$value
	);
}

/**
 * Prints the meta row of the current post.
 *
 * @param string $context "single" or "archive".
 */
function atlas_post_meta( $context = 'single' ) {
	$items = ( 'single' === $context )
		? array( 'author', 'date', 'categories', 'comments', 'reading-time' )
		: array( 'date', 'author', 'reading-time' );

	/**
	 * Filters the items of the post meta row, in display order.
	 *
	 * @param array  $items   Item keys.
	 * @param string $context single|archive.
	 */
	$items = apply_filters( 'atlas_post_meta_items', $items, $context );

	$output = '';

	foreach ( $items as $item ) {
		switch ( $item ) {
			case 'author':
				$output .= atlas_get_meta_item( 'author', 'user', __( 'Författare', 'atlas' ), atlas_get_posted_by() );
				break;

			case 'date':
				$output .= atlas_get_meta_item( 'date', 'calendar', __( 'Publicerad', 'atlas' ), atlas_get_posted_on() );
				break;

			case 'categories':
				if ( 'post' === get_post_type() ) {
					/* translators: Used between list items, there is a space after the comma. */
					$categories = get_the_category_list( esc_html__( ', ', 'atlas' ) );
					if ( $categories ) {
						$output .= atlas_get_meta_item( 'categories', 'folder', __( 'Kategorier', 'atlas' ), '<span class="cat-links">' . $categories . '</span>' );
					}
				}
				break;

			case 'comments':
				if ( ! post_password_required() && ( comments_open() || get_comments_number() ) ) {
					$number = (int) get_comments_number();
					if ( 0 === $number ) {
						$text = __( 'Skriv en kommentar', 'atlas' );
					} else {
						/* translators: %s: number of comments. */
						$text = sprintf( _n( '%s kommentar', '%s kommentarer', $number, 'atlas' ), number_format_i18n( $number ) );
					}
					$link    = is_singular() ? '#comments' : get_comments_link();
					$output .= atlas_get_meta_item( 'comments', 'comment', __( 'Kommentarer', 'atlas' ), '<a href="' . esc_url( $link ) . '">' . esc_html( $text ) . '</a>' );
				}
				break;

			case 'reading-time':
				if ( atlas_get_option( 'single_reading_time' ) && ! post_password_required() ) {
					$minutes = atlas_get_reading_time();
					/* translators: %s: reading time in minutes. */
					$text    = sprintf( __( '%s min läsning', 'atlas' ), number_format_i18n( $minutes ) );
					$output .= atlas_get_meta_item( 'reading-time', 'clock', __( 'Uppskattad lästid', 'atlas' ), '<span class="atlas-reading-time">' . esc_html( $text ) . '</span>' );
				}
				break;

			default:
				/**
				 * Lets plugins and child themes add their own meta items.
				 *
				 * @param string $html    Item HTML.
				 * @param string $context single|archive.
				 */
				$output .= apply_filters( "atlas_post_meta_item_{$item}", '', $context );
		}
	}

	if ( '' === $output ) {
		return;
	}

	printf(
		'<div class="entry-meta atlas-post-meta atlas-post-meta-%1$s"><ul class="atlas-meta-list">%2$s</ul></div>',
		esc_attr( $context ),
		$output // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- Escaped above.
	);
}

if ( ! function_exists( 'atlas_post_thumbnail' ) ) :
	/**
	 * Featured image of the current post: linked on listings, in a figure on single views.
	 *
	 * @param string $size Image size.
	 */
	function atlas_post_thumbnail( $size = 'post-thumbnail' ) {
		if ( post_password_required() || is_attachment() || ! has_post_thumbnail() ) {
			return;
		}

		if ( is_singular() ) {
			$caption = wp_get_attachment_caption( get_post_thumbnail_id() );
			?>
			<figure class="post-thumbnail atlas-featured-image">
				<?php
				the_post_thumbnail(
					$size,
					array(
						'itemprop' => 'image',
						'loading'  => false,
					)
				);
				if ( $caption ) :
					?>
					<figcaption class="wp-caption-text atlas-featured-caption"><?php echo wp_kses_post( $caption ); ?></figcaption>
				<?php endif; ?>
			</figure>
			<?php
		} else {
			?>
			<a class="post-thumbnail atlas-card-thumb" href="<?php the_permalink(); ?>" aria-hidden="true" tabindex="-1">
				<?php
				the_post_thumbnail(
					$size,
					array(
						'alt' => the_title_attribute( array( 'echo' => false ) ),
					)
				);
				?>
			</a>
			<?php
		}
	}
endif;

/**
 * Link pages of a paginated post (<!--nextpage-->).
 */
function atlas_link_pages() {
	wp_link_pages(
		array(
			'before'      => '<nav class="page-links atlas-page-links" aria-label="' . esc_attr__( 'Inläggets sidor', 'atlas' ) . '"><span class="atlas-page-links-title">' . esc_html__( 'Sidor:', 'atlas' ) . '</span>',
			'after'       => '</nav>',
			'link_before' => '<span class="atlas-page-link">',
			'link_after'  => '</span>',
			/* translators: %: page number. */
			'pagelink'    => '<span class="screen-reader-text">' . esc_html__( 'Sida', 'atlas' ) . ' </span>%',
			'separator'   => '<span class="screen-reader-text">, </span>',
		)
	);
}

/**
 * Edit link for users who may edit the post.
 */
function atlas_edit_post_link() {
	edit_post_link(
		sprintf(
			/* translators: %s: post title (only visible to screen readers). */
			esc_html__( 'Redigera %s', 'atlas' ),
			'<span class="screen-reader-text">' . get_the_title() . '</span>'
		),
		'<span class="edit-link atlas-edit-link">' . atlas_get_icon( 'edit', 14 ),
		'</span>'
	);
}

/**
 * Core's navigation markup accepts a single class; add the core class back
 * next to the theme's one (pagination, post-navigation, comments-pagination).
 *
 * @param string $template Markup template.
 * @param string $class    Class passed to the navigation function.
 * @return string
 */
function atlas_navigation_markup_template( $template, $class ) {
	$core_classes = array(
		'atlas-pagination'          => 'pagination',
		'atlas-post-navigation'     => 'post-navigation',
		'atlas-comments-pagination' => 'comments-pagination',
	);

	if ( isset( $core_classes[ $class ] ) ) {
		$template = str_replace( 'class="navigation %1$s"', 'class="navigation ' . $core_classes[ $class ] . ' %1$s"', $template );
	}

	return $template;
}
add_filter( 'navigation_markup_template', 'atlas_navigation_markup_template', 10, 2 );
