<?php
/**
 * The template for displaying content in the single.php template
 *
 * @package Betheme
 * @author Muffin group
 */

// prev & next post -------------------
$post_prev    = get_adjacent_post( false, '', true );
$post_next    = get_adjacent_post( false, '', false );
$blog_page_id = (int) get_option( 'page_for_posts' );

// post classes -----------------------
$classes = array();
if ( ! has_post_thumbnail() ) {
	$classes[] = 'no-img';
}
if ( post_password_required() ) {
	$classes[] = 'no-img';
}
$classes[] = 'share-' . mfn_opts_get( 'share-style' );
$classes[] = 'template-' . ( get_post_meta( get_the_ID(), 'mfn-post-template', true ) ? get_post_meta( get_the_ID(), 'mfn-post-template', true ) : 'default' );

$translate['published']  = mfn_translate( 'published' );
$translate['at']         = mfn_translate( 'at' );
$translate['tags']       = mfn_translate( 'tags' );
$translate['categories'] = mfn_translate( 'categories' );
$translate['all']        = mfn_translate( 'all' );
$translate['related']    = mfn_translate( 'related' );
$translate['readmore']   = mfn_translate( 'readmore' );
$translate['like']       = mfn_translate( 'like' );
$translate['comments']   = mfn_translate( 'comments' );
?>

<div id="post-<?php the_ID(); ?>" <?php post_class( $classes ); ?>>

	<?php
	// single post navigation | sticky (other posts' thumbnail, title and date)
	foreach ( array( 'prev' => array( $post_prev, 'icon-left-open-big' ), 'next' => array( $post_next, 'icon-right-open-big' ) ) as $mfn_dir => $mfn_nav ) {
		if ( is_object( $mfn_nav[0] ) ) {
			echo '<a class="fixed-nav fixed-nav-' . esc_attr( $mfn_dir ) . ' format-' . esc_attr( get_post_format( $mfn_nav[0] ) ) . ' style-default" href="' . esc_url( get_permalink( $mfn_nav[0] ) ) . '">';
				echo '<span class="arrow"><i class="' . esc_attr( $mfn_nav[1] ) . '"></i></span>';
				echo '<div class="photo">' . get_the_post_thumbnail( $mfn_nav[0]->ID, 'blog-navi' ) . '</div>';
				echo '<div class="desc">';
					echo '<h6>' . wp_kses( get_the_title( $mfn_nav[0] ), array() ) . '</h6>';
					echo '<span class="date"><i class="icon-clock"></i>' . esc_html( get_the_date( get_option( 'date_format' ), $mfn_nav[0]->ID ) ) . '</span>';
				echo '</div>';
			echo '</a>';
		}
	}
	?>

	<div class="section section-post-header">
		<div class="section_wrapper clearfix">

			<div class="column one post-nav ">
				<ul class="next-prev-nav">
					<?php if ( $post_prev ) : ?>
						<li class="prev"><a class="button button_js" href="<?php echo esc_url( get_permalink( $post_prev ) ); ?>"><span class="button_icon"><i class="icon-left-open"></i></span></a></li>
					<?php endif; ?>
					<?php if ( $post_next ) : ?>
						<li class="next"><a class="button button_js" href="<?php echo esc_url( get_permalink( $post_next ) ); ?>"><span class="button_icon"><i class="icon-right-open"></i></span></a></li>
					<?php endif; ?>
				</ul>
				<?php if ( $blog_page_id ) : ?>
					<a class="list-nav" href="<?php echo esc_url( get_permalink( $blog_page_id ) ); ?>"><i class="icon-layout"></i><?php echo esc_html( $translate['all'] ); ?></a>
				<?php endif; ?>
			</div>

			<div class="column one post-header">

				<div class="button-love"><?php echo mfn_love(); ?></div>

				<div class="title_wrapper">

					<?php
					$h = mfn_opts_get( 'title-heading', 1 );
					echo '<h' . $h . ' class="entry-title" itemprop="headline">' . get_the_title() . '</h' . $h . '>';
					?>

					<div class="post-meta clearfix">

						<div class="author-date">
							<span class="vcard author post-author">
								<?php echo esc_html( $translate['published'] ); ?> <i class="icon-user"></i>
								<span class="fn"><a href="<?php echo esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ); ?>"><?php the_author_meta( 'display_name' ); ?></a></span>
							</span>
							<span class="date">
								<?php echo esc_html( $translate['at'] ); ?> <i class="icon-clock"></i>
								<time class="entry-date" datetime="<?php the_date( 'c' ); ?>" itemprop="datePublished" pubdate><?php echo get_the_date(); ?></time>
							</span>
						</div>

						<div class="category meta-categories">
							<span class="cat-btn"><?php echo esc_html( $translate['categories'] ); ?> <i class="icon-down-dir"></i></span>
							<div class="cat-wrapper"><?php echo get_the_category_list(); ?></div>
						</div>

						<div class="category mata-tags">
							<span class="cat-btn"><?php echo esc_html( $translate['tags'] ); ?> <i class="icon-down-dir"></i></span>
							<div class="cat-wrapper">
								<ul>
									<?php
									$terms = get_the_terms( get_the_ID(), 'post_tag' );
									if ( $terms && ! is_wp_error( $terms ) ) {
										foreach ( $terms as $term ) {
											$link = get_term_link( $term, 'post_tag' );
											if ( ! is_wp_error( $link ) ) {
												echo '<li><a href="' . esc_url( $link ) . '">' . esc_html( $term->name ) . '</a></li>';
											}
										}
									}
									?>
								</ul>
							</div>
						</div>

					</div>

				</div>

			</div>

			<div class="column one single-photo-wrapper image">

				<?php if ( ! post_password_required() ) : ?>
					<div class="image_frame scale-with-grid ">

						<div class="image_wrapper">
							<?php echo mfn_post_thumbnail( get_the_ID() ); ?>
						</div>

						<?php
						$mfn_thumb_id = get_post_thumbnail_id();
						if ( $mfn_thumb_id ) {
							$caption = wp_get_attachment_caption( $mfn_thumb_id );
							if ( $caption ) {
								echo '<p class="wp-caption-text ' . esc_attr( mfn_opts_get( 'featured-image-caption' ) ) . '">' . wp_kses_post( $caption ) . '</p>';
							}
						}
						?>

					</div>
				<?php endif; ?>

			</div>

		</div>
	</div>

	<div class="post-wrapper-content">

		<?php
		// Content Builder & WordPress Editor Content
		get_template_part( 'includes/builder', 'content' );
		?>

		<div class="section section-post-footer">
			<div class="section_wrapper clearfix">

				<div class="column one post-pager">
					<?php
					// List of pages
					wp_link_pages( array(
						'before'         => '<div class="pager-single">',
						'after'          => '</div>',
						'link_before'    => '<span>',
						'link_after'     => '</span>',
						'next_or_number' => 'number',
					) );
					?>
				</div>

				<div class="column one post-footer">

					<?php if ( has_tag() ) : ?>
						<div class="post-tags">
							<span class="label"><?php echo esc_html( $translate['tags'] ); ?></span> <i class="icon-tag"></i>
							<?php the_tags( '', ', ', '' ); ?>
						</div>
					<?php endif; ?>

					<div class="post-links">
						<?php if ( ! post_password_required() ) : ?>
							<i class="icon-comment-empty-fa"></i> <a href="<?php echo esc_url( get_comments_link() ); ?>" class="post-comments"><?php echo esc_html( $translate['comments'] ); ?> (<?php echo (int) get_comments_number(); ?>)</a>
						<?php endif; ?>
						<div class="button-love"><span class="love-text"><?php echo esc_html( $translate['like'] ); ?></span><?php echo mfn_love(); ?></div>
					</div>

				</div>

			</div>
		</div>

		<?php if ( mfn_opts_get( 'share' ) ) : ?>
			<div class="section section-post-intro-share">
				<div class="section_wrapper clearfix">
					<div class="column one">
						<?php echo mfn_share( 'footer' ); ?>
					</div>
				</div>
			</div>
		<?php endif; ?>

		<div class="section section-post-about">
			<div class="section_wrapper clearfix">

				<?php if ( mfn_opts_get( 'blog-author' ) ) : ?>
				<div class="column one author-box">
					<div class="author-box-wrapper">
						<div class="avatar-wrapper">
							<?php echo get_avatar( get_the_author_meta( 'email' ), '64', false, get_the_author_meta( 'display_name' ) ); ?>
						</div>
						<div class="desc-wrapper">
							<h5><a href="<?php echo esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ); ?>"><?php the_author_meta( 'display_name' ); ?></a></h5>
							<div class="desc"><?php the_author_meta( 'description' ); ?></div>
						</div>
					</div>
				</div>
				<?php endif; ?>

			</div>
		</div>

	</div>

	<div class="section section-post-related">
		<div class="section_wrapper clearfix">

			<?php
			$aCategories = wp_get_post_categories( get_the_ID() );
			if ( mfn_opts_get( 'blog-related' ) && $aCategories ) {

				$related_count = (int) mfn_opts_get( 'blog-related' );
				$related_cols  = 'col-' . absint( mfn_opts_get( 'blog-related-columns', 3 ) );
				$related_style = mfn_opts_get( 'related-style' );

				$query_related_posts = new WP_Query( array(
					'category__in'        => $aCategories,
					'ignore_sticky_posts' => true,
					'no_found_rows'       => true,
					'post__not_in'        => array( get_the_ID() ),
					'posts_per_page'      => $related_count,
					'post_status'         => 'publish',
				) );

				if ( $query_related_posts->have_posts() ) {

					echo '<div class="section-related-adjustment ' . esc_attr( $related_style ) . '">';

						echo '<h4>' . esc_html( $translate['related'] ) . '</h4>';

						echo '<div class="section-related-ul ' . esc_attr( $related_cols ) . '">';

						while ( $query_related_posts->have_posts() ) {
							$query_related_posts->the_post();

							$classes_rel = '';
							if ( ! has_post_thumbnail() || post_password_required() ) {
								$classes_rel .= 'no-img';
							}

							echo '<div class="column post-related ' . esc_attr( implode( ' ', get_post_class( $classes_rel ) ) ) . '">';

								echo '<div class="image_frame scale-with-grid">';
									echo '<div class="image_wrapper">';
										if ( ! post_password_required() ) {
											echo mfn_post_thumbnail( get_the_ID(), 'related' );
										}
									echo '</div>';
								echo '</div>';

								echo '<div class="date_label">' . esc_html( get_the_date() ) . '</div>';

								echo '<div class="desc">';
									echo '<h4><a href="' . esc_url( get_permalink() ) . '">' . get_the_title() . '</a></h4>';
									echo '<hr class="hr_color" />';
									echo '<div class="excerpt">' . get_the_excerpt() . '</div>';
									echo '<a href="' . esc_url( get_permalink() ) . '" class="button button_left button_js"><span class="button_icon"><i class="icon-layout"></i></span><span class="button_label">' . esc_html( $translate['readmore'] ) . '</span></a>';
								echo '</div>';

							echo '</div>';
						}

						echo '</div>';

					echo '</div>';
				}
				wp_reset_postdata();
			}
			?>

		</div>
	</div>

	<?php if ( mfn_opts_get( 'blog-comments' ) ) : ?>
		<div class="section section-post-comments">
			<div class="section_wrapper clearfix">

				<div class="column one comments">
					<?php comments_template( '', true ); ?>
				</div>

			</div>
		</div>
	<?php endif; ?>

</div>
