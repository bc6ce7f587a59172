<?php
/**
 * Enfold's includes/loop-index.php: prints blog posts on listings AND on the single
 * post page, in the "Single Author, big preview Pic" style (single-big).
 *
 * Structure per post:
 * article.post-entry.post-entry-type-{format}.post-entry-{ID}.post-loop-N.post-parity-odd|even[.post-entry-last].single-big[.with-slider] + post_class()
 *   div.big-preview.single-big > a > img            (featured image, outside the content)
 *   div.blog-meta                                   (empty in the single-big style)
 *   div.entry-content-wrapper.clearfix.standard-content
 *     header.entry-content-header
 *       h1|h2.post-title.entry-title > a > TITLE span.post-format-icon   (no heading at all if the title is empty)
 *       span.post-meta-infos > time.date-container / span.text-sep / span.comment-container / span.blog-categories / span.blog-author
 *     div.entry-content
 *     footer.entry-footer  (nav.pagination_split_post, span.blog-tags, share box – single only)
 *     div.post_delimiter
 *   div.post_author_timeline
 *   span.hidden > span.av-structured-data …   (raw post_date / post_modified, author as "publisher")
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

global $wp_query, $post;

$enfilad_post_loop_count = 1;
$blog_style              = ENFILAD_BLOG_STYLE;
$initial_id              = enfilad_get_the_ID();

// The housing company's child theme sets Enfold's "excerpt with read more" for overviews
// (avf_blog_content_in_loop); single posts show the full content.
$blog_content = is_singular() ? 'content' : 'excerpt_read_more';

if ( have_posts() ) :

	while ( have_posts() ) :
		the_post();

		$the_id      = get_the_ID();
		$parity      = $enfilad_post_loop_count % 2 ? 'odd' : 'even';
		$last        = count( $wp_query->posts ) == $enfilad_post_loop_count ? ' post-entry-last ' : '';
		$post_type   = get_post_type( $the_id );
		$post_format = get_post_format() ? get_post_format() : 'standard';

		$post_class  = "post-entry-{$the_id} post-loop-{$enfilad_post_loop_count} post-parity-{$parity} {$last} {$blog_style}";
		$post_class .= ( 'post' === $post_type ) ? '' : ' post';

		$size   = ( strpos( $blog_style, 'big' ) !== false ) ? 'entry_with_sidebar' : 'square';
		$slider = get_the_post_thumbnail( $the_id, $size );
		$title  = get_the_title();

		// Content: full content on single (the_content with Enfold's "Läs mer" more-link text),
		// excerpt + div.read-more-link on listings.
		if ( 'content' === $blog_content ) {
			$content = get_the_content( 'Läs mer<span class="more-link-arrow"></span>' );
		} else {
			$content  = get_the_excerpt();
			$content .= '<div class="read-more-link"><a href="' . esc_url( get_permalink() ) . '" class="more-link">Läs mer<span class="more-link-arrow"></span></a></div>';
		}

		// avia_default_title_filter(): no heading at all when the title is empty.
		if ( ! empty( $title ) ) {
			$heading = is_singular() ? 'h1' : 'h2';
			$output  = "<{$heading} class='post-title entry-title ' " . enfilad_markup( 'entry_title' ) . '>';
			$output .= "\t<a href='" . esc_url( get_permalink() ) . "' rel='bookmark' title='Permanent länk: " . $title . "'>" . $title;
			$output .= "\t\t\t<span class='post-format-icon minor-meta'></span>";
			$output .= "\t</a>";
			$output .= "</{$heading}>";
			$title   = $output;
		}

		$with_slider = empty( $slider ) ? '' : 'with-slider';

		$content = str_replace( ']]>', ']]&gt;', apply_filters( 'the_content', $content ) );

		echo '<article class="' . esc_attr( implode( ' ', get_post_class( "post-entry post-entry-type-{$post_format} {$post_class} {$with_slider}" ) ) ) . '" ' . enfilad_markup( 'entry' ) . '>';

		// Featured image: on a listing it links to the post, on the single page to the large image (lightbox).
		$link     = get_permalink();
		$desc     = '';
		$thumb_id = get_post_thumbnail_id();
		$thumb_post = $thumb_id ? get_post( $thumb_id ) : null;
		if ( $thumb_post instanceof WP_Post ) {
			if ( '' !== trim( $thumb_post->post_excerpt ) ) {
				$desc = $thumb_post->post_excerpt;     // caption from the media library
			} elseif ( '' !== trim( $thumb_post->post_title ) ) {
				$desc = $thumb_post->post_title;
			} elseif ( '' !== trim( $thumb_post->post_content ) ) {
				$desc = $thumb_post->post_content;
			}
		}
		$desc = trim( $desc );
		if ( '' === $desc ) {
			$desc = trim( (string) the_title_attribute( 'echo=0' ) );
		}
		$featured_img_title = '' !== $desc ? ' title="' . esc_attr( $desc ) . '" ' : '';

		if ( is_singular() ) {
			if ( $thumb_post instanceof WP_Post ) {
				$large = wp_get_attachment_image_src( $thumb_post->ID, 'large' );
				$link  = is_array( $large ) ? $large[0] : '';
			} else {
				$link = '';
			}
		}

		if ( $slider ) {
			$slider = '<a href="' . esc_url( $link ) . '" ' . $featured_img_title . '>' . $slider . '</a>';
			echo '<div class="big-preview ' . esc_attr( $blog_style ) . '" ' . enfilad_markup( 'image' ) . '>' . $slider . '</div>'; // phpcs:ignore
		}

		// Single-author styles print an empty blog-meta box (the multi-author style puts the author gravatar here).
		echo '<div class="blog-meta">';
		echo '</div>';

		echo "<div class='entry-content-wrapper clearfix {$post_format}-content'>";
			echo '<header class="entry-content-header">';

				echo $title; // phpcs:ignore

				echo '<span class="post-meta-infos">';

					$meta_info      = array();
					$meta_seperator = '<span class="text-sep">/</span>';

					// The date: publish date text in the site's date format; datetime = ISO 8601 publish date.
					// Class "updated" notwithstanding, it is NOT the modified date.
					$meta_info['date'] = '<time class="date-container minor-meta updated" ' . enfilad_markup( 'entry_time' ) . '>' . get_the_time( get_option( 'date_format' ) ) . '</time>';

					if ( get_comments_number() != '0' || comments_open() ) {
						ob_start();
						comments_popup_link(
							'0 Kommentarer',
							'1 Kommentar',
							'% Kommentarer',
							'comments-link',
							'Kommentarer inaktiverade'
						);
						$meta_info['comment'] = '<span class="comment-container minor-meta">' . ob_get_clean() . '</span>';
					}

					$cats                 = '';
					$taxonomies           = get_object_taxonomies( get_post_type( $the_id ) );
					$excluded_taxonomies  = array_merge( get_taxonomies( array( 'public' => false ) ), array( 'post_tag', 'post_format' ) );
					foreach ( $taxonomies as $taxonomy ) {
						if ( ! in_array( $taxonomy, $excluded_taxonomies, true ) ) {
							$term_list = get_the_term_list( $the_id, $taxonomy, '', ', ', '' );
							if ( is_string( $term_list ) ) {
								$cats .= $term_list . ' ';
							}
						}
					}
					if ( '' !== trim( $cats ) ) {
						$meta_info['categories'] = '<span class="blog-categories minor-meta">i ' . trim( $cats ) . '</span>';
					}

					$author_link  = '<a href="' . esc_url( get_author_posts_url( (int) get_the_author_meta( 'ID' ) ) ) . '" title="Inlägg av ' . esc_attr( get_the_author() ) . '" rel="author">' . get_the_author() . '</a>';
					$meta_author  = '<span class="blog-author minor-meta">av ';
					$meta_author .= '<span class="entry-author-link" ' . enfilad_markup( 'author_name' ) . '>';
					$meta_author .= '<span class="author">';
					$meta_author .= '<span class="fn">';
					$meta_author .= $author_link;
					$meta_author .= '</span>';
					$meta_author .= '</span>';
					$meta_author .= '</span>';
					$meta_author .= '</span>';
					$meta_info['author'] = $meta_author;

					echo implode( $meta_seperator, $meta_info ); // phpcs:ignore

				echo '</span>';

			echo '</header>';

			echo '<div class="entry-content" ' . enfilad_markup( 'entry_content' ) . '>';
			echo $content; // phpcs:ignore
			echo '</div>';

			echo '<footer class="entry-footer">';

				wp_link_pages(
					array(
						'before'    => '<nav class="pagination_split_post">Sidor:',
						'after'     => '</nav>',
						'pagelink'  => '<span>%</span>',
						'separator' => ' ',
					)
				);

				if ( is_single() && ! post_password_required() ) {
					// tags on single post
					if ( has_tag() ) {
						echo '<span class="blog-tags minor-meta">';
						the_tags( '<strong>Taggar:</strong><span> ' );
						echo '</span></span>';
					}

					// share links on single post
					echo enfilad_share_links(); // phpcs:ignore
				}

			echo '</footer>';

			echo "<div class='post_delimiter'></div>";

		echo '</div>';

		echo '<div class="post_author_timeline"></div>';
		echo enfilad_blog_entry_markup_helper( $the_id ); // phpcs:ignore

		echo '</article>';

		$enfilad_post_loop_count++;
	endwhile;

else :
	?>

	<article class="entry">
		<header class="entry-content-header">
			<h1 class='post-title entry-title '>Inget hittades</h1>
		</header>

		<p class="entry-content" <?php echo enfilad_markup( 'entry_content' ); ?>>Tyvärr, inga inlägg matchade dina kriterier</p>

		<footer class="entry-footer"></footer>
	</article>

	<?php
endif;

echo "<div class='" . esc_attr( $blog_style ) . "'>" . enfilad_pagination() . '</div>'; // phpcs:ignore
