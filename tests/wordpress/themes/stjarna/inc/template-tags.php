<?php
/**
 * Mallfunktioner: metadata, utvald bild, navigering.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Författare (Astra: astra_post_author).
 *
 * @return string
 */
function stjarna_post_author() {

	$author_id = get_the_author_meta( 'ID' );

	$output  = '<span class="posted-by byline vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">';
	$output .= ' <a title="' . esc_attr(
		sprintf(
			/* translators: 1: Author name */
			__( 'Visa alla inlägg av %1$s', 'stjarna' ),
			get_the_author()
		)
	) . '" href="' . esc_url( get_author_posts_url( $author_id ) ) . '" rel="author" class="url fn n" itemprop="url">';
	$output .= '<span class="author-name" itemprop="name">' . esc_html( get_the_author() ) . '</span>';
	$output .= '</a>';
	$output .= '</span>';

	return apply_filters( 'stjarna_post_author', $output );
}

/**
 * Datum (Astra: astra_post_date).
 *
 * Som i Astra skrivs både publicerat och uppdaterat datum ut; .updated
 * döljs med CSS. Barntemat lägger till orden "Publicerad"/"Uppdaterad".
 *
 * @return string
 */
function stjarna_post_date() {

	$format = apply_filters( 'stjarna_post_date_format', '' );

	$published = esc_html( get_the_date( $format ) );
	$modified  = esc_html( get_the_modified_date( $format ) );

	$output  = '<span class="posted-on">';
	$output .= '<span class="published" itemprop="datePublished"> ' . esc_html( stjarna_default_strings( 'string-blog-meta-published', false ) ) . ' ' . $published . '</span>';
	$output .= '<span class="updated" itemprop="dateModified"> ' . esc_html( stjarna_default_strings( 'string-blog-meta-updated', false ) ) . ' ' . $modified . '</span>';
	$output .= '</span>';

	return apply_filters( 'stjarna_post_date', $output );
}

/**
 * Kategorier.
 *
 * @return string
 */
function stjarna_post_categories() {

	$output = '';

	/* translators: used between list items, there is a space after the comma */
	$categories_list = get_the_category_list( __( ', ', 'stjarna' ) );

	if ( $categories_list ) {
		$output .= '<span class="cat-links">' . $categories_list . '</span>';
	}

	return apply_filters( 'stjarna_post_categories', $output );
}

/**
 * Etiketter.
 *
 * @return string
 */
function stjarna_post_tags() {

	$output = '';

	/* translators: used between list items, there is a space after the comma */
	$tags_list = get_the_tag_list( '', __( ', ', 'stjarna' ) );

	if ( $tags_list ) {
		$output .= '<span class="tags-links">' . $tags_list . '</span>';
	}

	return apply_filters( 'stjarna_post_tags', $output );
}

/**
 * Kommentarslänk i listningar.
 *
 * @return string
 */
function stjarna_post_comments() {

	$output = '';

	if ( ! post_password_required() && ( comments_open() || get_comments_number() ) ) {
		ob_start();
		comments_popup_link(
			stjarna_default_strings( 'string-blog-meta-leave-a-comment', false ),
			stjarna_default_strings( 'string-blog-meta-one-comment', false ),
			stjarna_default_strings( 'string-blog-meta-multiple-comment', false )
		);
		$output = '<span class="comments-link">' . ob_get_clean() . '</span>';
	}

	return $output;
}

/**
 * Bygg metaraden. Separator " / " mellan delarna, som i Astra.
 *
 * @param array  $post_meta Delar i ordning.
 * @param string $separator Separator.
 * @return string
 */
function stjarna_get_post_meta( $post_meta, $separator = '/' ) {

	$output_str = '';
	$loop_count = 1;

	foreach ( $post_meta as $meta_value ) {

		switch ( $meta_value ) {

			case 'author':
				$output_str .= ( 1 !== $loop_count && '' !== $output_str ) ? ' ' . $separator . ' ' : '';
				$output_str .= esc_html( stjarna_default_strings( 'string-blog-meta-author-by', false ) ) . stjarna_post_author();
				break;

			case 'date':
				$output_str .= ( 1 !== $loop_count && '' !== $output_str ) ? ' ' . $separator . ' ' : '';
				$output_str .= stjarna_post_date();
				break;

			case 'category':
				$category = stjarna_post_categories();
				if ( '' !== $category ) {
					$output_str .= ( 1 !== $loop_count && '' !== $output_str ) ? ' ' . $separator . ' ' : '';
					$output_str .= $category;
				}
				break;

			case 'tag':
				$tags = stjarna_post_tags();
				if ( '' !== $tags ) {
					$output_str .= ( 1 !== $loop_count && '' !== $output_str ) ? ' ' . $separator . ' ' : '';
					$output_str .= $tags;
				}
				break;

			case 'comments':
				$comment = stjarna_post_comments();
				if ( '' !== $comment ) {
					$output_str .= ( 1 !== $loop_count && '' !== $output_str ) ? ' ' . $separator . ' ' : '';
					$output_str .= $comment;
				}
				break;
		}

		$loop_count ++;
	}

	return $output_str;
}

/**
 * Metarad för enskilt inlägg.
 */
function stjarna_single_get_post_meta() {

	if ( 'post' !== get_post_type() ) {
		return;
	}

	$post_meta = apply_filters( 'stjarna_single_post_meta', array( 'date', 'author', 'category', 'tag' ) );
	$output    = stjarna_get_post_meta( $post_meta );

	if ( '' !== $output ) {
		echo '<div class="entry-meta">' . $output . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	}
}

/**
 * Metarad i listningar.
 */
function stjarna_blog_get_post_meta() {

	if ( 'post' !== get_post_type() ) {
		return;
	}

	$post_meta = apply_filters( 'stjarna_blog_post_meta', array( 'date', 'author', 'category', 'comments' ) );
	$output    = stjarna_get_post_meta( $post_meta );

	if ( '' !== $output ) {
		echo '<div class="entry-meta">' . $output . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	}
}

/**
 * Utvald bild.
 *
 * Astra skriver ut bilden även för lösenordsskyddade inlägg; vi gör likadant.
 *
 * @param bool $link Länka bilden till inlägget (listningar).
 * @return string
 */
function stjarna_get_post_thumbnail( $link = false ) {

	if ( ! has_post_thumbnail() ) {
		return '';
	}

	$thumb = get_the_post_thumbnail(
		get_the_ID(),
		$link ? 'large' : 'full',
		array( 'itemprop' => 'image' )
	);

	if ( '' === $thumb ) {
		return '';
	}

	if ( $link ) {
		$thumb = '<a href="' . esc_url( get_permalink() ) . '" >' . $thumb . '</a>';
	}

	return '<div class="post-thumb-img-content post-thumb">' . $thumb . '</div>';
}

/**
 * Sidonumrering för listningar (astra_number_pagination).
 */
function stjarna_number_pagination() {

	global $wp_query;

	if ( $wp_query->max_num_pages <= 1 ) {
		return;
	}

	echo "<div class='ast-pagination'>";
	the_posts_pagination(
		array(
			'prev_text'          => stjarna_default_strings( 'string-blog-navigation-previous', false ),
			'next_text'          => stjarna_default_strings( 'string-blog-navigation-next', false ),
			'screen_reader_text' => __( 'Inläggsnavigering', 'stjarna' ),
			'aria_label'         => __( 'Inlägg', 'stjarna' ),
			'taxonomy'           => 'category',
			'in_same_term'       => true,
		)
	);
	echo '</div>';
}

/**
 * Föregående/nästa inlägg under artikeln.
 */
function stjarna_single_post_navigation_markup() {

	if ( ! is_singular( 'post' ) ) {
		return;
	}

	$prev_text = sprintf( stjarna_default_strings( 'string-single-navigation-previous', false ), is_rtl() ? '&rarr;' : '&larr;' );
	$next_text = sprintf( stjarna_default_strings( 'string-single-navigation-next', false ), is_rtl() ? '&larr;' : '&rarr;' );

	the_post_navigation(
		apply_filters(
			'stjarna_single_post_navigation',
			array(
				'prev_text'          => $prev_text,
				'next_text'          => $next_text,
				'screen_reader_text' => __( 'Inläggsnavigering', 'stjarna' ),
				'aria_label'         => __( 'Inlägg', 'stjarna' ),
			)
		)
	);
}

/**
 * Arkivrubrik (astra_archive_page_info).
 */
function stjarna_archive_page_info() {

	if ( is_author() ) {
		?>
		<section class="ast-author-box ast-archive-description">
			<div class="ast-author-bio">
				<h1 class='page-title ast-archive-title'><?php echo esc_html( get_the_author() ); ?></h1>
				<p><?php echo wp_kses_post( get_the_author_meta( 'description' ) ); ?></p>
			</div>
			<div class="ast-author-avatar">
				<?php echo get_avatar( get_the_author_meta( 'email' ), 120 ); ?>
			</div>
		</section>
		<?php
	} elseif ( is_category() ) {
		?>
		<section class="ast-archive-description">
			<h1 class="page-title ast-archive-title"><?php echo esc_html( single_cat_title( '', false ) ); ?></h1>
			<?php the_archive_description(); ?>
		</section>
		<?php
	} elseif ( is_tag() ) {
		?>
		<section class="ast-archive-description">
			<h1 class="page-title ast-archive-title"><?php echo esc_html( single_tag_title( '', false ) ); ?></h1>
			<?php the_archive_description(); ?>
		</section>
		<?php
	} elseif ( is_search() ) {
		?>
		<section class="ast-archive-description">
			<?php
			/* translators: 1: search string */
			$title = apply_filters( 'stjarna_the_search_page_title', sprintf( __( 'Sökresultat för: %s', 'stjarna' ), '<span>' . get_search_query() . '</span>' ) );
			?>
			<h1 class="page-title ast-archive-title"> <?php echo wp_kses_post( $title ); ?> </h1>
		</section>
		<?php
	} else {
		?>
		<section class="ast-archive-description">
			<?php the_archive_title( '<h1 class="page-title ast-archive-title">', '</h1>' ); ?>
			<?php the_archive_description(); ?>
		</section>
		<?php
	}
}

/**
 * Sidnummerlänkar i inlägg/sidor.
 */
function stjarna_link_pages() {
	wp_link_pages(
		array(
			'before'      => '<div class="page-links">' . esc_html( stjarna_default_strings( 'string-single-page-links-before', false ) ),
			'after'       => '</div>',
			'link_before' => '<span class="page-link">',
			'link_after'  => '</span>',
		)
	);
}
