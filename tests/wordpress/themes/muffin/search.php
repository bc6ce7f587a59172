<?php
/**
 * The search results template file.
 *
 * @package Betheme
 * @author Muffin group
 */

get_header();

$translate['search-title']    = 'Hoppsan...';
$translate['search-subtitle'] = 'Inga träffar för:';
$translate['published']       = mfn_translate( 'published' );
$translate['at']              = mfn_translate( 'at' );
$translate['readmore']        = mfn_translate( 'readmore' );
?>

<!-- #Content -->
<div id="Content">
	<div class="content_wrapper clearfix">

		<!-- .sections_group -->
		<div class="sections_group">

			<div class="section">
				<div class="section_wrapper clearfix">

					<?php if ( have_posts() && trim( get_search_query() ) ) : ?>

						<div class="column one column_blog">
							<div class="blog_wrapper isotope_wrapper">

								<div class="posts_group classic">
									<?php
									while ( have_posts() ) :
										the_post();
										?>
										<div id="post-<?php the_ID(); ?>" <?php post_class( array( 'post-item', 'clearfix', 'no-img' ) ); ?>>

											<div class="post-desc-wrapper">
												<div class="post-desc">

													<?php if ( 'post' === get_post_type() ) : ?>
														<div class="post-meta clearfix">
															<div class="author-date">
																<span class="vcard author post-author">
																	<span class="label"><?php echo esc_html( $translate['published'] ); ?> </span>
																	<i class="icon-user"></i>
																	<span class="fn"><a href="<?php echo esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ); ?>"><?php the_author_meta( 'display_name' ); ?></a></span>
																</span>
																<span class="date">
																	<span class="label"><?php echo esc_html( $translate['at'] ); ?> </span>
																	<i class="icon-clock"></i>
																	<span class="post-date"><?php echo esc_html( get_the_date() ); ?></span>
																</span>
															</div>
														</div>
													<?php endif; ?>

													<div class="post-title">
														<h2><a href="<?php the_permalink(); ?>"><?php the_title(); ?></a></h2>
													</div>

													<div class="post-excerpt">
														<?php the_excerpt(); ?>
													</div>

													<div class="post-footer">
														<div class="post-links">
															<i class="icon-doc-text"></i> <a href="<?php the_permalink(); ?>" class="post-more"><?php echo esc_html( $translate['readmore'] ); ?></a>
														</div>
													</div>

												</div>
											</div>
										</div>
										<?php
									endwhile;
									?>
								</div>

								<?php echo mfn_pagination(); ?>

							</div>
						</div>

					<?php else : ?>

						<div class="column one search-not-found">

							<div class="snf-pic">
								<i class="themecolor icon-traffic-cone"></i>
							</div>

							<div class="snf-desc">
								<h2><?php echo esc_html( $translate['search-title'] ); ?></h2>
								<h4><?php echo esc_html( $translate['search-subtitle'] . ' ' . get_search_query() ); ?></h4>
							</div>

						</div>

					<?php endif; ?>

				</div>
			</div>

		</div>

		<!-- .four-columns - sidebar -->
		<?php get_sidebar(); ?>

	</div>
</div>

<?php get_footer();
